package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    // "seven days a week", not "your files within seven days" (holdout28's studio-06, flagged as a day)
    // "消炎药…每天3次" is how often, not a day of service (the bundled clinic card had read as open every day, so "我们周末也接诊"
    // on a card that sees patients Tuesdays and Thursdays passed, five times in the sets read before)
    private static final Pattern EVERY_DAY = Pattern.compile("每天(?![\\d一二两三四五六七八九十几]+(?:次|片|粒|顿|回|遍|杯|个?小时|分钟))|(?<![冬夏春秋今明后昨前当半整白一])天天|全年无休|节假日|\\bevery day\\b|\\bdaily\\b|\\b(?:7|seven) days a week\\b"
            + "|\\b(?:open|work|working|deliver|available|come out) (?:7|seven) days\\b"
            + "|\\bany day\\b", Pattern.CASE_INSENSITIVE);
    /** The day is denied or ruled out, not offered. */
    private static final Pattern DENIED = Pattern.compile("不|没|无|休息|除了|\\b(?:not|no|closed|except|don'?t|doesn'?t|can'?t|won'?t|isn'?t)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of every day or a short day name that say no day of service in a rep's clause. */
    private static final Pattern CASUAL = Pattern.compile("(?i:\\b(?:daily|any day)\\b)|\\b(?:sun|sat|wed|mon)\\b(?!\\.?\\s*\\d)");

    /** A day said to be fine is not denied: "Sundays are no problem for our guys" (holdout73), "周日也没问题". */
    private static final Pattern FINE = Pattern.compile("\\bno (?:problem|worries|trouble|issue)s?\\b|\\bnot a problem\\b|没问题|不成问题",
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
            out.or(ofSentence(sentence.strip()));
        }
        return out;
    }

    /**
     * The card sentence that gives each day {@link #ofCard} reads, for a flag to quote: the first with a clause that names it
     * by name ("我们这周六、周日都可以送，…您看哪个方便？"), else the first that gives it at all ("希望周末或晚上送货", the
     * customer's wish).
     */
    static Map<Integer, String> givenBy(String callerText) {
        Map<Integer, String> byName = new HashMap<>();
        Map<Integer, String> any = new HashMap<>();
        for (String sentence : Sentences.split(callerText)) {
            String s = sentence.strip();
            BitSet days = ofSentence(s);
            days.stream().forEach(d -> any.putIfAbsent(d, s));
            for (String clause : Sentences.clauses(s)) { // "我们这周六、周日都可以送，…，您看哪个方便？" offers before it asks
                String c = clause.strip();
                if (!c.endsWith("?") && !c.endsWith("？")) {
                    namedByName(c).stream().forEach(d -> byName.putIfAbsent(d, s));
                }
            }
        }
        byName.keySet().retainAll(any.keySet());
        any.putAll(byName);
        return any;
    }

    private static BitSet ofSentence(String s) {
        if (s.endsWith("?") || s.endsWith("？")) {
            return new BitSet(8);
        }
        BitSet days = named(s);
        // "Saturday 9 a.m. to 1 p.m.; closed Sunday" (holdout73) names Sunday to close it
        Matcher closed = DAY_DENIED.matcher(s);
        while (closed.find()) {
            days.andNot(named(closed.group(1) != null ? closed.group(1) : closed.group(2) != null ? closed.group(2) : closed.group(3)));
        }
        BitSet explicit = named(WEEKEND.matcher(s).replaceAll(" "));
        if (WEEKEND.matcher(s).find() && (explicit.get(6) ^ explicit.get(7)) && !EVERY_DAY.matcher(s).find()) {
            return explicit;
        }
        return days;
    }

    /** A day or days named in Chinese, 周末 and 工作日 included (not "3个工作日", a count). */
    static final String CN_DAYS = "(?:(?:周|星期|礼拜)[一二三四五六日天](?:[、和跟及](?:周|星期|礼拜)?[一二三四五六日天])*|周末|双休日?|(?<![\\d一二三四五六七八九十个])工作日)";
    static final String EN_DAYS = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)";
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

    /** Whether a text denies or rules something out (不, 没, not, closed…). */
    /** A call-back, a reminder or a relative day: a time the rep names that is no slot of the card's. */
    static boolean notASlot(String text) {
        return NOT_A_SLOT.matcher(text).find();
    }

    static boolean denies(String text) {
        return DENIED.matcher(text).find();
    }

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
                        int d = said.nextSetBit(1);
                        out.add(new FactFlag(t.index(), "day", c, "the card works " + Weekdays.SHORT.get(d - 1) + ": "
                                + card.daySources.getOrDefault(d, card.dayList)));
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
            if (Sentences.endsAsking(sentence)) {
                continue; // "Any day you need them by?" asks the customer's day
            }
            for (String raw : Sentences.clauses(sentence)) {
                // "can fade in the sun", "Who uses it daily": no day of service
                String clause = CASUAL.matcher(raw).replaceAll(" ");
                if (DENIED.matcher(FINE.matcher(clause).replaceAll(" ")).find() || !Weekdays.pairs(clause).isEmpty()) {
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
                    // a day named alone ("Or Sunday,") is read with its sentence: "…Sundays are no problem for our guys"
                    String shown = raw.strip().split("\\s+").length < 3 && raw.strip().codePointCount(0, raw.strip().length()) < 12 ? sentence.strip() : raw.strip();
                    out.add(new FactFlag(t.index(), "day", shown, "the card's days: " + card.dayList));
                    break;
                }
            }
        }
        return out;
    }
}
