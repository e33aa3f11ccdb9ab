package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts a listener could check in an utterance: discounts, percentages, durations,
 * dates, clock times, phone numbers, e-mail addresses, amounts of money and quoted names (UI
 * paths, product names). Chinese and English forms normalise to one value: 九五折 = 95折 = 9.5折,
 * 三十天 = 30天 = 30 days, 两小时 = 2小时.
 */
public final class FactExtractor {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\d[\\d -]{5,}\\d)(?![\\d-])");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern DATE_CN = Pattern.compile("(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern DATE_EN = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})\\b");
    private static final Pattern DISCOUNT = Pattern.compile("(\\d{1,2}(?:\\.\\d)?)\\s*折");
    private static final Pattern PERCENT_OFF = Pattern.compile("(\\d{1,2})\\s*%\\s*(?:off|discount|折扣|优惠)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(个工作日|个小时|小时|分钟|个月|天|日|周|星期|年|days?|hours?|minutes?|months?|weeks?|years?)(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*点(半|(\\d{1,2})分?)?|(?<!\\d)(\\d{1,2})\\s*(am|pm)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile("(?:[$¥￥]\\s*(\\d[\\d,]*(?:\\.\\d+)?))|(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:元|块|美元|dollars?))");
    private static final Pattern QUOTED = Pattern.compile("[‘“「『]([^’”」』]{2,12})[’”」』]");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("个工作日", "day"), Map.entry("天", "day"), Map.entry("日", "day"), Map.entry("day", "day"),
            Map.entry("个小时", "hour"), Map.entry("小时", "hour"), Map.entry("hour", "hour"),
            Map.entry("分钟", "minute"), Map.entry("minute", "minute"), Map.entry("个月", "month"),
            Map.entry("month", "month"), Map.entry("周", "week"), Map.entry("星期", "week"), Map.entry("week", "week"),
            Map.entry("年", "year"), Map.entry("year", "year"));
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private FactExtractor() {}

    public static List<Fact> extract(String utterance) {
        String text = ChineseNumbers.normalize(utterance);
        List<Fact> facts = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        take(rest, EMAIL, m -> facts.add(new Fact(Fact.Type.EMAIL, m.group().toLowerCase(Locale.ROOT), m.group())));
        take(rest, DATE_ISO, m -> facts.add(date(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group())));
        take(rest, DATE_CN, m -> facts.add(date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group())));
        take(rest, DATE_EN, m -> facts.add(date(MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1,
                Integer.parseInt(m.group(2)), m.group())));
        take(rest, PHONE, m -> {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= 7) {
                facts.add(new Fact(Fact.Type.PHONE, digits, m.group().trim()));
            }
        });
        take(rest, MONEY, m -> facts.add(new Fact(Fact.Type.MONEY, number(m.group(1) != null ? m.group(1) : m.group(2)),
                m.group().trim())));
        take(rest, DISCOUNT, m -> facts.add(new Fact(Fact.Type.DISCOUNT, discount(m.group(1)), m.group())));
        take(rest, PERCENT_OFF, m -> facts.add(new Fact(Fact.Type.DISCOUNT,
                String.valueOf(100 - Integer.parseInt(m.group(1))), m.group())));
        take(rest, PERCENT, m -> facts.add(new Fact(Fact.Type.PERCENT, number(m.group(1)), m.group())));
        take(rest, DURATION, m -> facts.add(new Fact(Fact.Type.DURATION,
                number(m.group(1)) + " " + UNITS.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "")), m.group())));
        take(rest, TIME, m -> facts.add(time(m)));
        Matcher q = QUOTED.matcher(utterance);
        while (q.find()) {
            facts.add(new Fact(Fact.Type.NAME_IN_QUOTES, q.group(1).trim(), q.group()));
        }
        return facts;
    }

    /** Applies the pattern and blanks what it matched, so a date's digits are not read again as a duration. */
    private static void take(StringBuilder text, Pattern p, java.util.function.Consumer<Matcher> sink) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            sink.accept(m);
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static Fact date(int month, int day, String said) {
        return new Fact(Fact.Type.DATE, String.format(Locale.ROOT, "%02d-%02d", month, day), said);
    }

    private static Fact time(Matcher m) {
        int hour;
        int minute = 0;
        if (m.group(1) != null) {
            hour = Integer.parseInt(m.group(1));
            if ("半".equals(m.group(2))) {
                minute = 30;
            } else if (m.group(3) != null) {
                minute = Integer.parseInt(m.group(3));
            }
        } else {
            hour = Integer.parseInt(m.group(4)) % 12 + (m.group(5).equalsIgnoreCase("pm") ? 12 : 0);
        }
        return new Fact(Fact.Type.TIME, String.format(Locale.ROOT, "%d:%02d", hour, minute), m.group().trim());
    }

    /** 95折, 9.5折 → 95; 9折 → 90 (the price is that many tenths). */
    private static String discount(String n) {
        double v = Double.parseDouble(n);
        return String.valueOf(Math.round(v < 10 ? v * 10 : v));
    }

    private static String number(String n) {
        String plain = n.replace(",", "");
        double v = Double.parseDouble(plain);
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
