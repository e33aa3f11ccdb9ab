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
    private static final Pattern RANGE = Pattern.compile("到|至|-|–|~|\\bto\\b|\\buntil\\b|\\bthrough\\b", Pattern.CASE_INSENSITIVE);
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
        if (out.contains(Part.MORNING) && out.contains(Part.EVENING) && RANGE.matcher(sentence).find()) {
            out.add(Part.AFTERNOON); // "每天早上8点到晚上8点": the afternoon between them
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
            // each run of clauses from one that names days to the next: "工作日晚上可以约，最晚晚上8点前送达，周末全天都可以" works
            // weekdays in the evening only (it had given them all day, as the weekend)
            for (String run : runsByDays(s)) {
                Set<Part> parts = parts(run);
                if (parts.isEmpty()) {
                    continue;
                }
                BitSet days = UnofferedDays.ofCard(run);
                days.stream().forEach(d -> out.computeIfAbsent(d, k -> new Hours(EnumSet.noneOf(Part.class), s)).parts().addAll(parts));
            }
        }
        return out;
    }

    /** The sentence cut before each clause that names days of its own, the first run keeping what comes before it. */
    private static List<String> runsByDays(String sentence) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String clause : Sentences.clauses(sentence)) {
            if (run.length() > 0 && !UnofferedDays.ofCard(run.toString()).isEmpty() && !UnofferedDays.ofCard(clause).isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.append(clause).append('，');
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** A day cut to one part of it: "周末只送下午", "周末只能上午送", "Saturdays we only do afternoons". */
    private static final Pattern ONLY_PART = Pattern.compile("(" + UnofferedDays.CN_DAYS + ")[^，。,.；;？?！!]{0,6}?(?:只|仅)[^，。,.；;？?！!]{0,4}?(上午|下午|晚上|早上)"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\bonly\\b[^,.;?!]{0,12}?\\b(mornings?|afternoons?|evenings?)\\b"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\b(mornings?|afternoons?|evenings?)\\s+only\\b",
            Pattern.CASE_INSENSITIVE);

    /** A day and a part of it said together: "工作日上午", "Saturday morning", "mornings on weekdays". */
    private static final Pattern DAY_AND_PART = Pattern.compile("(" + UnofferedDays.CN_DAYS + ")(?:的)?(上午|下午|晚上|早上)"
            + "|\\b(" + UnofferedDays.EN_DAYS + ")\\s+(mornings?|afternoons?|evenings?)\\b"
            + "|\\b(mornings?|afternoons?|evenings?)\\s+on\\s+(" + UnofferedDays.EN_DAYS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Said not to be a slot: "工作日上午送不了", "we can't do Saturday mornings". */
    private static final Pattern NOT_OFFERED = Pattern.compile("不|没|无法|\\b(?:no|not|can'?t|cannot|won'?t|don'?t|isn'?t|aren'?t)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A slot offered in a part of a day the card does not work that day: "我们安排工作日上午给您送" where the card delivers on
     * weekdays in the evening only (holdout54's delivery-04). A day whose hours the card does not give cannot be checked; a
     * question, a denial, or a call-back time is no slot offered.
     */
    static List<FactFlag> outside(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            String s = sentence.strip();
            if (s.endsWith("?") || s.endsWith("？") || UnofferedDays.denies(s) || UnofferedDays.notASlot(s)
                    || flagged.stream().anyMatch(f -> s.contains(f.said()) || f.said().contains(s))) {
                continue;
            }
            for (String clause : Sentences.clauses(s)) {
                Matcher m = DAY_AND_PART.matcher(clause);
                if (!m.find() || NOT_OFFERED.matcher(clause).find() || ONLY_PART.matcher(clause).find() || !BOOKS.matcher(s).find()
                        || card.backingLower.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // the card's own "3月20日周六下午2点到4点" is a slot it offers, whatever its hours elsewhere
                }
                if (FactExtractor.extract(s).stream().anyMatch(f -> f.type() == Fact.Type.DATE
                        && card.facts.getOrDefault(Fact.Type.DATE, Set.of()).contains(f.value()))) {
                    continue; // "8月14日周六上午来送": a dated day the card offers (UnofferedDays and the date check read it)
                }
                String day = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(6);
                Set<Part> said = parts(m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : m.group(5));
                BitSet days = UnofferedDays.namedByName(day);
                if (days.isEmpty()) {
                    days = UnofferedDays.named(day);
                }
                Hours worked = hoursFor(days, s, card);
                if (!said.isEmpty() && worked != null && !worked.parts().containsAll(said)) {
                    int first = days.nextSetBit(0);
                    out.add(new FactFlag(t.index(), "day", m.group().strip(), "the card's hours on " + Weekdays.SHORT.get(first - 1)
                            + ": " + worked.source()));
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * The parts of the days the card works at what the rep's sentence is about: runs of card sentences that name one of the days
     * with parts of the day and share a content word with it ("送" of "工作日晚上…送达" and "…给您送"), not the hotline's hours
     * or the day the customer left a message. Null when no such run.
     */
    private static Hours hoursFor(BitSet days, String repSentence, CardProfile card) {
        if (days.isEmpty()) {
            return null;
        }
        Set<String> said = activity(repSentence);
        Hours out = null;
        for (String sentence : card.callerSentences) {
            String s = sentence.strip();
            if (UnofferedDays.denies(s) || QA_QUESTION.matcher(s).find()
                    || (s.endsWith("?") || s.endsWith("？")) && !OFFERS.matcher(s).find()) {
                continue; // a question offering slots offers them ("…，上午9点到11点半，您看哪天方便？"); the Q&A's "问：" asks
            }
            for (String run : runsByDays(s)) {
                Set<Part> parts = parts(run);
                // any day the run names, dated slots too ("收鸽是8月14日周六或者8月21日周六，上午9点到11点半", holdout53)
                if (parts.isEmpty() || !UnofferedDays.named(run).intersects(days)) {
                    continue;
                }
                Set<String> shared = activity(run);
                shared.retainAll(said);
                if (!shared.isEmpty()) {
                    out = out == null ? new Hours(EnumSet.noneOf(Part.class), s) : out;
                    out.parts().addAll(parts);
                }
            }
        }
        return out;
    }

    /** The rep sets the slot: "我们安排工作日上午给您送", "I'll put you down for Tuesday morning". */
    private static final Pattern BOOKS = Pattern.compile("安排|约在|约到|定在|排在|给您定|给您约|给您送|上门|送过去|送到"
            + "|\\b(?:schedule|book|put you down|deliver|come (?:by|out|over)|we can do|we'll do|we could do|we'll see you)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QA_QUESTION = Pattern.compile("^(?:[-*·]\\s*)?(?:问|Q)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFERS = Pattern.compile("您看|哪个|哪天|还是|或者|\\bwhich\\b|\\bor\\b", Pattern.CASE_INSENSITIVE);

    /** The words of a sentence less its days, parts of the day, numbers and joining words: what is done then (送, 约, deliver). */
    private static Set<String> activity(String text) {
        String bare = text.replaceAll(UnofferedDays.CN_DAYS, " ").toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new java.util.HashSet<>();
        // one character each: a Chinese verb of the slot is often a single one ("给您送", "可以约")
        bare.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && JOINING.indexOf(c) < 0)
                .forEach(c -> out.add(new String(Character.toChars(c))));
        for (String w : bare.split("[^a-z]+")) {
            if (w.length() >= 4 && !w.matches("mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|\\w+days?|between|from|until|with|that|this|your|what|when|will|just")) {
                out.add(w.replaceFirst("(?:ies|es|s|ing|ed)$", ""));
            }
        }
        return out;
    }

    private static final String JOINING = "的了是我您你他她它们在有和与就也都还这那个一二三四五六七八九十两不没吧呢吗啊哈呀嘛给把被让到上下午晚早中时点分号月日周天年可以能会要请再先后最前等之如果话看说好对行每全星期礼拜末";

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
