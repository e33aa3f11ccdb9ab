package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of one weekday a card counts ("eight Saturday mornings", "连续8个周六"): it lasts that many weeks, so a rep's "the
 * eight-week group course" states what the card says in other words.
 */
final class WeeklyRuns {
    private static final Pattern EN = Pattern.compile("\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|twenty)[\\s-]+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH = Pattern.compile("(\\d{1,2})个(?:周|星期|礼拜)[一二三四五六日天]");

    private WeeklyRuns() {}

    /** Each run as the duration it lasts, in minutes as {@link FactExtractor} gives weeks. */
    static List<Fact> facts(String cardText) {
        return of(cardText).stream().map(w -> new Fact(Fact.Type.DURATION, Long.toString(w * 7 * 24 * 60), w + " weeks")).toList();
    }

    /** The number of weeks each run on the card lasts (two or more). */
    static List<Long> of(String cardText) {
        List<Long> out = new ArrayList<>();
        Matcher en = EN.matcher(cardText);
        while (en.find()) {
            EnglishNumbers.bareNumbers(en.group(1)).forEach(n -> out.add(n.longValue()));
        }
        Matcher zh = ZH.matcher(ChineseNumbers.normalize(cardText));
        while (zh.find()) {
            out.add(Long.parseLong(zh.group(1)));
        }
        out.removeIf(n -> n < 2);
        return out;
    }
}
