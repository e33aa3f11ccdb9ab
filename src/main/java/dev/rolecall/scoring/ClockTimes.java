package dev.rolecall.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times and windows of them as facts: 8点半, 7:30 am, 下午2点到6点, 九点到六点 (ends at 18:00),
 * "2 to 6 pm", "between nine and noon", 10:00–20:00. A window is one fact, so a wrong window is one error, and its
 * value is "from-to" ("h:mm-h:mm") on the 12-hour dial in either language; a single time is "h:mm", 24-hour
 * in English (am/pm are said), the 12-hour dial in Chinese.
 */
final class ClockTimes {
    private ClockTimes() {}

    /** 8点半, 7:30 am, and "7:30 in the morning", "1 in the afternoon" as a script says it. */
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*点(半|(\\d{1,2})分?)?"
            + "|(?<![\\d:])(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|in the (?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A window of clock times (下午2点到6点, 9点至12点, 2 to 6 pm): one fact, so that a wrong window is one error. */
    private static final Pattern TIME_RANGE = Pattern.compile("(?<!\\d)(\\d{1,2})(?:点(半)?)?\\s*(?:到|至|~|～|-|–|—)\\s*(?:上午|中午|下午|晚上|傍晚)?\\s*(\\d{1,2})点(半)?"
            + "|(?<![\\d:])(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?\\s*(?:-to-|to|-|–|until|till)\\s*(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|in the (?:morning|afternoon|evening))\\b"
            // a window in digits alone, as cards write opening hours: 10:00–20:00, 9:00-21:00, "between 3:30 and 7:30"
            + "|(?<![\\d:])(\\d{1,2}):(\\d{2})\\s*(?:到|至|~|～|-|–|—|to|(?<=\\bbetween\\s{1,3}\\d{1,2}:\\d{2}\\s{1,3})and)\\s*(\\d{1,2}):(\\d{2})(?![\\d:])",
            Pattern.CASE_INSENSITIVE);

    /** Reads windows first, then single times, blanking each from {@code rest} as {@link FactExtractor} does. */
    static void take(StringBuilder rest, List<Fact> facts) {
        // "3 p.m.", as English is mostly written, is "3 pm" (same length, so what is blanked stays in place)
        Matcher dotted = DOTTED.matcher(rest);
        while (dotted.find()) {
            rest.replace(dotted.start(), dotted.end(), dotted.group(1) + "m" + " ".repeat(dotted.end() - dotted.start() - 2));
        }
        boolean chinese = rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        FactExtractor.take(rest, TIME_RANGE, m -> facts.add(timeRange(m, chinese)));
        between(rest, facts);
        FactExtractor.take(rest, TIME, m -> facts.add(time(m)));
        if (chinese) { // "7:30 鸣枪", "6:30 前进入起点区": a Chinese text's bare 7:30 is a clock time (English needs am or pm)
            FactExtractor.take(rest, BARE_CLOCK, m -> facts.add(new Fact(Fact.Type.TIME,
                    clock(twelve(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2))), m.group())));
        }
    }

    private static final Pattern DOTTED = Pattern.compile("(?<![A-Za-z])([AaPp])\\.[Mm]\\.?(?![A-Za-z])");

    private static final Pattern BARE_CLOCK = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d:])");

    /** "between nine and noon", "between 1 and 5 pm", "nine to noon": a window said the way people say it. */
    private static final Pattern TIME_BETWEEN = Pattern.compile("\\b(?:between\\s+(?<between>\\w+)(?:\\s*(?<betweenHalf>am|pm))?\\s+and"
            + "|(?<from>\\w+)(?:\\s*(?<fromHalf>am|pm))?\\s+(?:to|till|until))\\s+(?<to>noon|midday|\\w+)"
            + "(?:\\s*(?<half>am|pm|in the (?:morning|afternoon|evening)))?\\b(?:(?=\\s*(?:[.,;!?)）。，]|$))(?<end>))?", Pattern.CASE_INSENSITIVE);
    private static final List<String> HOURS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    private static Integer hour(String w) {
        if (w.matches("\\d{1,2}")) {
            return Integer.parseInt(w);
        }
        int i = HOURS.indexOf(w.toLowerCase(Locale.ROOT));
        if (i > 0) {
            return i;
        }
        return w.equalsIgnoreCase("noon") || w.equalsIgnoreCase("midday") ? Integer.valueOf(12) : null;
    }

    /** Only a window it reads is blanked: "go till 1 am" is no window, and its "1 am" is still a time. */
    private static void between(StringBuilder rest, List<Fact> facts) {
        FactExtractor.take(rest, TIME_BETWEEN, m -> between(m) != null, m -> facts.add(between(m)));
    }

    private static Fact between(Matcher m) {
        String first = m.group("between") != null ? m.group("between") : m.group("from");
        Integer from = hour(first);
        Integer to = hour(m.group("to"));
        String half = m.group("half");
        // "between 1 and 5." ends its clause: a window with no am/pm, as a card writes a slot ("between 1 and 5 people" is not);
        // "8 a.m. to noon" says its am on the first end (backyard-rink's card slot had been no window, so "8 to noon" was flagged)
        boolean clock = half != null || m.group("to").toLowerCase(Locale.ROOT).matches("noon|midday")
                || m.group("betweenHalf") != null || m.group("fromHalf") != null
                || m.group("between") != null && m.group("end") != null; // "The truck comes between eight and eleven." (holdout42)
        if (from == null || to == null || from > 12 || to > 12 || from.equals(to) || !clock) {
            return null; // "two to three", "one to one": no clock without am/pm or noon
        }
        boolean pm = half != null && (half.equalsIgnoreCase("pm") || half.toLowerCase(Locale.ROOT).matches(".*(afternoon|evening)"));
        int end = to + (pm && to < 12 ? 12 : 0);
        int start = from + (pm && from + 12 <= end ? 12 : 0);
        return new Fact(Fact.Type.TIME_RANGE, dial(clock(start, 0)) + "-" + dial(clock(end, 0)), m.group().trim());
    }

    private static Fact timeRange(Matcher m, boolean chinese) {
        String from;
        String to;
        if (m.group(11) != null) {
            // digits alone: the 12-hour dial in Chinese (每天10:00–20:00 is 十点到晚上八点), 24-hour time in English
            int start = Integer.parseInt(m.group(11));
            int end = Integer.parseInt(m.group(13));
            from = clock(chinese ? twelve(start) : start, Integer.parseInt(m.group(12)));
            to = clock(chinese ? twelve(end) : end, Integer.parseInt(m.group(14)));
        } else if (m.group(1) != null) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(3));
            // a Chinese window is read on the 12-hour dial: a card's 下午2–6点 is said as 14–18点 as often as 两点到六点
            from = clock(twelve(start), m.group(2) != null ? 30 : 0);
            to = clock(twelve(end), m.group(4) != null ? 30 : 0);
        } else {
            String half = m.group(10).toLowerCase(Locale.ROOT);
            String pm = half.equals("pm") || half.endsWith("afternoon") || half.endsWith("evening") ? "pm" : "am";
            int end = Integer.parseInt(m.group(8)) % 12 + (pm.equals("pm") ? 12 : 0);
            int start = Integer.parseInt(m.group(5)) % 12
                    + ((m.group(7) != null ? m.group(7) : pm).equalsIgnoreCase("pm") && (m.group(7) != null
                    || Integer.parseInt(m.group(5)) % 12 + 12 <= end) ? 12 : 0); // "2 to 6 pm": both afternoon
            from = clock(start, m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            to = clock(end, m.group(9) == null ? 0 : Integer.parseInt(m.group(9)));
        }
        return new Fact(Fact.Type.TIME_RANGE, dial(from) + "-" + dial(to), m.group().trim());
    }

    /**
     * Windows compare on the 12-hour dial: a card writes opening hours as 9:00–21:00 in a list line with no word of any
     * language, a rep says "nine to nine" or 九点到晚上九点, and a window's am or pm is rarely what goes wrong.
     */
    private static String dial(String clock) {
        int colon = clock.indexOf(':');
        return twelve(Integer.parseInt(clock.substring(0, colon))) + clock.substring(colon);
    }

    /** 14 → 2: Chinese times are compared on the 12-hour dial (下午 is often left out, 24-hour digits often used). */
    private static int twelve(int hour) {
        return hour > 12 ? hour - 12 : hour;
    }

    private static String clock(int hour, int minute) {
        return String.format(Locale.ROOT, "%d:%02d", hour, minute);
    }

    private static Fact time(Matcher m) {
        int hour;
        int minute = 0;
        if (m.group(1) != null) {
            hour = twelve(Integer.parseInt(m.group(1)));
            if ("半".equals(m.group(2))) {
                minute = 30;
            } else if (m.group(3) != null) {
                minute = Integer.parseInt(m.group(3));
            }
        } else {
            String half = m.group(6).toLowerCase(Locale.ROOT);
            hour = Integer.parseInt(m.group(4)) % 12 + (half.equals("pm") || half.endsWith("afternoon") || half.endsWith("evening") ? 12 : 0);
            minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        }
        return new Fact(Fact.Type.TIME, String.format(Locale.ROOT, "%d:%02d", hour, minute), m.group().trim());
    }
}
