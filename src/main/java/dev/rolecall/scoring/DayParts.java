package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the day a card works each day, and a rep who cuts a day to a part the card does not keep it to: "周末只送下午"
 * on a card that delivers weekends 上午 and 下午, "Saturdays we only do afternoons" for "Weekend visits are only on Saturday
 * mornings". The days themselves are {@link UnofferedDays}'.
 */
final class DayParts {
    private DayParts() {}

    /** Morning, afternoon and evening, as the card and the rep say them. */
    enum Part { MORNING, AFTERNOON, EVENING }

    /** The parts of one day a card works, and the first card sentence that gives them (a flag quotes it). */
    record Hours(Set<Part> parts, String source) {}

    private static final Pattern MORNING = Pattern.compile("上午|早上|清早|\\bmornings?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTERNOON = Pattern.compile("下午|\\bafternoons?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENING = Pattern.compile("晚上|\\bevenings?\\b|\\bnights?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_DAY = Pattern.compile("全天|一整天|\\ball day\\b", Pattern.CASE_INSENSITIVE);

    /** The parts of the day a card sentence gives: by name, all day, or by a window of hours ("8:30到18:00"). */
    static Set<Part> parts(String sentence) {
        Set<Part> out = EnumSet.noneOf(Part.class);
        if (MORNING.matcher(sentence).find()) {
            out.add(Part.MORNING);
        }
        if (AFTERNOON.matcher(sentence).find()) {
            out.add(Part.AFTERNOON);
        }
        if (EVENING.matcher(sentence).find()) {
            out.add(Part.EVENING);
        }
        if (ALL_DAY.matcher(sentence).find()) {
            out.addAll(EnumSet.of(Part.MORNING, Part.AFTERNOON));
        }
        for (Fact f : FactExtractor.extract(sentence)) {
            if (f.type() == Fact.Type.TIME_RANGE && f.value().matches("\\d\\d:\\d\\d-\\d\\d:\\d\\d")) {
                int from = Integer.parseInt(f.value().substring(0, 2));
                int to = Integer.parseInt(f.value().substring(6, 8));
                if (from < 12) {
                    out.add(Part.MORNING);
                }
                if (from < 17 && to > 13) {
                    out.add(Part.AFTERNOON);
                }
            }
        }
        return out;
    }

    /**
     * The parts of each day the card's caller side works (1 Monday … 7 Sunday): "这周六、周日都可以送，分上午9点到12点和下午2点到6点
     * 两个时段" works both on both; "Weekend visits are only on Saturday mornings" works Saturday morning. Read once per card.
     */
    static Map<Integer, Hours> ofCard(String callerText) {
        Map<Integer, Hours> out = new HashMap<>();
        for (String sentence : Sentences.split(callerText)) {
            String s = sentence.strip();
            if (s.endsWith("?") || s.endsWith("？") || UnofferedDays.denies(s)) {
                continue;
            }
            Set<Part> parts = parts(s);
            if (parts.isEmpty()) {
                continue;
            }
            BitSet days = UnofferedDays.ofCard(s);
            days.stream().forEach(d -> out.computeIfAbsent(d, k -> new Hours(EnumSet.noneOf(Part.class), s)).parts().addAll(parts));
        }
        return out;
    }

    /** A day cut to one part of it: "周末只送下午", "周末只能上午送", "Saturdays we only do afternoons". */
    private static final Pattern ONLY_PART = Pattern.compile("(" + UnofferedDays.CN_DAYS + ")[^，。,.；;？?！!]{0,6}?(?:只|仅)[^，。,.；;？?！!]{0,4}?(上午|下午|晚上|早上)"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\bonly\\b[^,.;?!]{0,12}?\\b(mornings?|afternoons?|evenings?)\\b"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\b(mornings?|afternoons?|evenings?)\\s+only\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A day the rep cuts to a part the card does not keep it to: "周末只送下午" on a card that delivers weekends 上午 and 下午,
     * "Saturdays we only do afternoons" for "Saturday mornings". A day the card works in that part alone is its own rule said
     * back; a day whose hours the card does not give cannot be checked.
     */
    static List<FactFlag> in(Turn t, CardProfile card) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            Matcher m = ONLY_PART.matcher(sentence);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
                Set<Part> said = parts(m.group(g + 1));
                BitSet days = UnofferedDays.namedByName(m.group(g));
                if (days.isEmpty()) {
                    days = UnofferedDays.named(m.group(g));
                }
                int wrong = days.stream().filter(d -> {
                    Hours worked = card.dayParts.get(d);
                    return worked != null && !said.containsAll(worked.parts());
                }).findFirst().orElse(0);
                if (wrong > 0) {
                    out.add(new FactFlag(t.index(), "day", m.group().strip(), "the card's hours on " + Weekdays.SHORT.get(wrong - 1)
                            + ": " + card.dayParts.get(wrong).source()));
                    return out;
                }
            }
        }
        return out;
    }
}
