package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday the card's caller side never names, said by the rep as a day the service runs: "We can do Saturday afternoon
 * this week", "周六上午九点整准时到您家", "we're open Sundays too" on a card whose visits are Monday to Friday. A card that
 * names days (周二、周四, "Monday–Friday", 工作日, weekends) fixes which there are; a day it leaves out is invented, like a
 * price it never states. Not counted: a card that names no day or every day, a day the customer named first, a day beside
 * a date (the date check reads those), a day denied ("周日不送货"), what day it is today or tomorrow, and the rep's own
 * call-back.
 */
final class UnofferedDays {
    private static final String CN = "(?:周|星期|礼拜)([一二三四五六日天])";
    private static final String EN = "\\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\\b";
    private static final Pattern CN_RANGE = Pattern.compile(CN + "\\s*(?:到|至|~|～|-|–|—)\\s*(?:周|星期|礼拜)?([一二三四五六日天])");
    private static final Pattern EN_RANGE = Pattern.compile(EN + "\\s*(?:to|through|thru|till|until|-|–|—)\\s*" + EN, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile(CN + "|" + EN, Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKDAYS = Pattern.compile("工作日|\\bweekdays?\\b|\\bbusiness days?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKEND = Pattern.compile("周末|双休|\\bweekends?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERY_DAY = Pattern.compile("每天|天天|全年无休|节假日|\\bevery day\\b|\\bdaily\\b|\\b7 days\\b|\\bseven days\\b"
            + "|\\bany day\\b", Pattern.CASE_INSENSITIVE);
    /** The day is denied or ruled out, not offered. */
    private static final Pattern DENIED = Pattern.compile("不|没|无|休息|除了|\\b(?:not|no|closed|except|don'?t|doesn'?t|can'?t|won'?t|isn'?t)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * What day it is, the rep's own call-back, reply or reminder, and the day before or after a card day worked out
     * ("送苗前一天，也就是周六" for the card's Sunday delivery; "You'll get a reminder text Sunday" for a Monday visit).
     */
    private static final Pattern NOT_A_SLOT = Pattern.compile("今天|明天|后天|今儿|回电|回复|回您|给您打|打给您|联系您|通知您|提醒"
            + "|前一天|前一晚|头一天|后一天|第二天"
            + "|\\b(?:today|tomorrow|call you|get back|follow up|reach out|text you|email you|let you know|reminders?"
            + "|(?:the )?(?:day|night|evening) (?:before|after)|next day)\\b", Pattern.CASE_INSENSITIVE);

    private UnofferedDays() {}

    /** The days 1 (Monday) to 7 (Sunday) a text names, ranges and 工作日/weekends included. */
    static BitSet named(String text) {
        BitSet out = new BitSet(8);
        String t = ChineseNumbers.normalize(text);
        for (Pattern range : List.of(CN_RANGE, EN_RANGE)) {
            Matcher m = range.matcher(t);
            while (m.find()) {
                int from = Weekdays.weekday(m.group(1));
                int to = Weekdays.weekday(m.group(2));
                if (from > 0 && to >= from) {
                    out.set(from, to + 1);
                }
            }
        }
        Matcher m = DAY.matcher(t);
        while (m.find()) {
            out.set(Weekdays.weekday(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (WORKDAYS.matcher(t).find()) {
            out.set(1, 6);
        }
        if (WEEKEND.matcher(t).find()) {
            out.set(6, 8);
        }
        if (EVERY_DAY.matcher(t).find()) {
            out.set(1, 8);
        }
        out.clear(0);
        return out;
    }

    /**
     * The days a card's caller side works: {@link #named} sentence by sentence, less the customer's questions its Q&A quotes
     * ("Can you do it on a weekend?"), and a weekend that names its day reads as that day alone ("Weekend visits are only on
     * Saturday mornings" works no Sunday).
     */
    static BitSet ofCard(String callerText) {
        BitSet out = new BitSet(8);
        for (String sentence : Sentences.split(callerText)) {
            String s = sentence.strip();
            if (s.endsWith("?") || s.endsWith("？")) {
                continue;
            }
            BitSet days = named(s);
            BitSet explicit = named(WEEKEND.matcher(s).replaceAll(" "));
            if (WEEKEND.matcher(s).find() && (explicit.get(6) ^ explicit.get(7)) && !EVERY_DAY.matcher(s).find()) {
                days = explicit;
            }
            out.or(days);
        }
        return out;
    }

    private static final String CN_DAYS = "(?:(?:周|星期|礼拜)[一二三四五六日天](?:[、和跟及](?:周|星期|礼拜)?[一二三四五六日天])*|周末|双休日?|(?<![\\d一二三四五六七八九十个])工作日)";
    private static final String EN_DAYS = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)";
    /**
     * A day said not to be worked, the denial beside it: "周日不送货", "周日我们不送货", "工作日晚上不送", "周末没有的", "we're closed
     * Saturdays", "no Sundays", "Sundays are off". Not a deadline ("这周六前告诉我就不收费"), a condition ("周六不行就周日"), a
     * rhetorical 不是, a question put either way ("周四下午行不行"), nor a count of days ("3 to 5 business days with no fee").
     */
    private static final Pattern DAY_DENIED = Pattern.compile("(" + CN_DAYS + ")(?![前之以])[^，。,.；;？?！!]{0,4}?(?:不|没)(?!是|然|用|管|论|行就|行的话|一定)"
            + "|\\b(?:closed|no|not|never|(?:don'?t|doesn'?t|can'?t|won'?t) \\w+)\\s+(?:on\\s+)?(?:the\\s+)?(" + EN_DAYS + ")\\b"
            + "|\\b(" + EN_DAYS + ")\\s+(?:we'?re|we are|are|is)\\s+(?:closed|off|not)\\b", Pattern.CASE_INSENSITIVE);

    /** A question put either way: "周四下午行不行", "有没有空". */
    private static final Pattern EITHER_OR = Pattern.compile("(\\p{IsHan})[不没]\\1");

    /** The days a card's caller side denies somewhere ("周日不开机采", "No loaners on Saturdays", "不得预约周日"): read once per card. */
    static BitSet deniedBy(String callerText) {
        BitSet out = new BitSet(8);
        for (String sentence : Sentences.split(callerText)) {
            for (String clause : Sentences.clauses(sentence)) {
                if (DENIED.matcher(clause).find()) {
                    out.or(named(clause));
                }
            }
        }
        return out;
    }

    /**
     * A day the card works that the rep says it does not: "周日不送货" on a card whose rep offers "这周六、周日都可以送", "we're
     * closed Saturdays" for "Monday to Saturday, 7 to 6". Not counted: a day the card itself denies anywhere (loaners "not on
     * Saturdays"), a day the customer named first ("周六上午就不排了" after the customer's "周六上午不行"), and a day beside a date.
     */
    static List<FactFlag> denied(Turn t, CardProfile card, ScoredCall call) {
        List<FactFlag> out = new ArrayList<>();
        BitSet open = (BitSet) card.days.clone();
        open.andNot(card.deniedDays);
        if (open.isEmpty()) {
            return out;
        }
        BitSet heard = heard(t, call);
        for (String sentence : Sentences.split(t.text())) {
            for (String clause : Sentences.clauses(sentence)) {
                String c = clause.strip();
                if (!Weekdays.pairs(c).isEmpty() || EITHER_OR.matcher(c).find()) {
                    continue;
                }
                Matcher m = DAY_DENIED.matcher(ChineseNumbers.normalize(c));
                while (m.find()) {
                    String day = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    BitSet said = named(day);
                    said.and(open);
                    said.andNot(heard);
                    if (!said.isEmpty()) {
                        // one flag a clause: "周日不送，周六可以，…工作日晚上不送" denies two days in two clauses
                        out.add(new FactFlag(t.index(), "day", c, "the card's days: " + card.dayList));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The days a text names by name, not by 周末/工作日/weekend. */
    static BitSet namedByName(String text) {
        BitSet out = named(WORKDAYS.matcher(WEEKEND.matcher(text).replaceAll(" ")).replaceAll(" "));
        if (EVERY_DAY.matcher(text).find()) {
            out.clear(); // every day named is no day picked out
        }
        return out;
    }

    /** Morning, afternoon and evening, as the card and the rep say them. */
    enum Part { MORNING, AFTERNOON, EVENING }

    private static final Pattern MORNING = Pattern.compile("上午|早上|清早|\\bmornings?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTERNOON = Pattern.compile("下午|\\bafternoons?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENING = Pattern.compile("晚上|\\bevenings?\\b|\\bnights?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_DAY = Pattern.compile("全天|一整天|\\ball day\\b", Pattern.CASE_INSENSITIVE);

    /** The parts of the day a card sentence gives: by name, all day, or by a window of hours ("8:30到18:00"). */
    static java.util.Set<Part> parts(String sentence) {
        java.util.Set<Part> out = java.util.EnumSet.noneOf(Part.class);
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
            out.addAll(java.util.EnumSet.of(Part.MORNING, Part.AFTERNOON));
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
    static java.util.Map<Integer, java.util.Set<Part>> partsOfCard(String callerText) {
        java.util.Map<Integer, java.util.Set<Part>> out = new java.util.HashMap<>();
        for (String sentence : Sentences.split(callerText)) {
            String s = sentence.strip();
            if (s.endsWith("?") || s.endsWith("？") || DENIED.matcher(s).find()) {
                continue;
            }
            java.util.Set<Part> parts = parts(s);
            if (parts.isEmpty()) {
                continue;
            }
            BitSet days = ofCard(s);
            days.stream().forEach(d -> out.computeIfAbsent(d, k -> java.util.EnumSet.noneOf(Part.class)).addAll(parts));
        }
        return out;
    }

    /** A day cut to one part of it: "周末只送下午", "周末只能上午送", "Saturdays we only do afternoons". */
    private static final Pattern ONLY_PART = Pattern.compile("(" + CN_DAYS + ")[^，。,.；;？?！!]{0,6}?(?:只|仅)[^，。,.；;？?！!]{0,4}?(上午|下午|晚上|早上)"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\bonly\\b[^,.;?!]{0,12}?\\b(mornings?|afternoons?|evenings?)\\b"
            + "|((?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\\bweekends?)\\b[^,.;?!]{0,24}?)\\b(mornings?|afternoons?|evenings?)\\s+only\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A day the rep cuts to a part the card does not keep it to: "周末只送下午" on a card that delivers weekends 上午 and 下午,
     * "Saturdays we only do afternoons" for "Saturday mornings". A day the card works in that part alone is its own rule said
     * back; a day whose hours the card does not give cannot be checked.
     */
    static List<FactFlag> cutToPart(Turn t, CardProfile card) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            Matcher m = ONLY_PART.matcher(sentence);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
                java.util.Set<Part> said = parts(m.group(g + 1));
                BitSet days = namedByName(m.group(g));
                if (days.isEmpty()) {
                    days = named(m.group(g));
                }
                boolean wrong = days.stream().anyMatch(d -> {
                    java.util.Set<Part> worked = card.dayParts.getOrDefault(d, java.util.Set.of());
                    return !worked.isEmpty() && !said.containsAll(worked);
                });
                if (wrong) {
                    out.add(new FactFlag(t.index(), "day", m.group().strip(), "the card's hours on that day"));
                    return out;
                }
            }
        }
        return out;
    }

    private static BitSet heard(Turn t, ScoredCall call) {
        BitSet heard = new BitSet(8);
        for (Turn u : call.turns) {
            if (u.index() >= t.index()) {
                break;
            }
            if (u.speaker() == Role.CALLEE) {
                heard.or(namedByName(u.text())); // "能周末送吗？" asks; it names no day the rep may then deny or add
            }
        }
        return heard;
    }

    static List<FactFlag> in(Turn t, CardProfile card, ScoredCall call) {
        List<FactFlag> out = new ArrayList<>();
        BitSet cardDays = card.days;
        if (cardDays.isEmpty() || cardDays.cardinality() == 7) {
            return out;
        }
        BitSet heard = heard(t, call);
        for (String sentence : Sentences.split(t.text())) {
            if (NOT_A_SLOT.matcher(sentence).find()) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                if (DENIED.matcher(clause).find() || !Weekdays.pairs(clause).isEmpty()) {
                    continue;
                }
                BitSet said = named(clause);
                if (WEEKEND.matcher(clause).find() && (cardDays.get(6) || cardDays.get(7))) {
                    said.clear(6, 8); // "周末也行" on a card that works Saturdays
                }
                if (WORKDAYS.matcher(clause).find() && cardDays.nextSetBit(1) < 6) {
                    said.clear(1, 6);
                }
                said.or(namedByName(clause)); // "Weekends are Sunday mornings only" names its Sunday
                said.andNot(cardDays);
                said.andNot(heard);
                if (!said.isEmpty()) {
                    out.add(new FactFlag(t.index(), "day", clause.strip(), "the card's days: " + card.dayList));
                    break;
                }
            }
        }
        return out;
    }
}
