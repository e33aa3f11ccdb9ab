package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refund said on other terms than the card's. No number is in "It's non-refundable" or "定金交了就不退了" where the card says
 * "Fully refundable up to 24 hours before the visit" (施工前三天以前取消都全退), nor in "开始拉丝后定金也能退的" where it refunds only
 * before the silk is drawn, nor in "refundable right up to install day" where the card's deadline is a date, so the fact
 * checker had nothing to compare; a reviewer fails each. Three readings, each only where the card settles it:
 * <ul>
 * <li>no refund at all (said with no condition, or from the moment of paying or booking) on a card whose refund lines
 * never say no or except: that card refunds something, so "non-refundable" is wrong;</li>
 * <li>a refund even after a point, or at any time, on a card whose refund lines set a deadline or a case without one;</li>
 * <li>in English, a refund until an event the card's refund lines do not name ("until the kits ship" against "until
 * production starts"); an event said with a number or a date is left to the fact checker.</li>
 * </ul>
 * A card with no refund line checks nothing: what it does not say cannot be contradicted here.
 */
final class RefundTerms {
    private static final Pattern REFUND = Pattern.compile("refund|money back|\\b(?:pulled|given|paid|taken) back\\b|\\b(?:get|getting|have) (?:it|that|the|your|all|everything)\\b[^.;,]{0,20}\\bback\\b|退(?!出|货|房|休|订|换)"
            + "|返还", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_REFUND = Pattern.compile("\\bnon-?refundable\\b|\\b(?:not|isn'?t|aren'?t|won'?t be|can'?t be|cannot be)"
            + " (?:fully )?refund(?:able|ed)\\b|\\bno refunds?\\b|(?:不|不能|不予|不可|概不|没法)(?:给您)?退|退不了|退不回"
            // "the deposit can't be pulled back once the card goes through" (holdout69's standby-gen-08)
            + "|\\b(?:can'?t|cannot|won'?t) be (?:pulled|given|paid|taken) back\\b", Pattern.CASE_INSENSITIVE);
    /** The moment of paying or booking, which opens no refund window: "once you've paid", "the moment it's paid", "交了就". */
    private static final Pattern PAID = Pattern.compile("\\b(?:once|when|after|from the (?:second|moment|minute)|the (?:second|moment|minute))"
            + " (?:you(?:'ve| have)?|it's|it is|the [a-z ]{1,20} is) (?:pay|paid|book|booked|sign|signed)\\b"
            + "|\\b(?:once|when|after) (?:the|your) (?:card|payment|charge) (?:goes|went|has gone|is) through\\b"
            + "|(?:定金|钱|费用|款)?(?:交|付|缴|缴费|下单|定)(?:了|完|过)?(?:以后|之后|后)?(?=就|是|也|都|，|,|$)", Pattern.CASE_INSENSITIVE);
    // "改期也好、取消也好，都退不了" (holdout75's waiqiangzhuan-06)
    private static final Pattern EVEN_CANCELLED = Pattern.compile("取消(?:了)?(?:也好|也罢)?[，,、]?\\s*(?:也|都)(?:是)?(?:不(?:能|给)?退|退不了)|\\beven if you cancel\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause about paying: "今天之内付", "尾款到成都验车后付", "the balance is due on delivery". */
    private static final Pattern PAY_CLAUSE = Pattern.compile("付|交|缴|\\b(?:pay|paid|due)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCEL = Pattern.compile("取消|\\bcancel", Pattern.CASE_INSENSITIVE);
    /** Anything that makes a refund conditional: a time limit, a case, an exception. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:after|once|until|till|before|inside|within|if|unless|past|then|less than"
            + "|later|except|minus|other than|when|in case|only|but|up to|prior)\\b|前|后|内|外|以上|以下|过了|超过|再晚|不到|要是|如果|的话|万一|当天"
            + "|一旦|之后|以后|开始|除了|除|扣|丢|没来|不来|否则|只", Pattern.CASE_INSENSITIVE);
    /** Refunded whatever happens: at any time, or even past the point where the card stops. */
    private static final Pattern ALWAYS = Pattern.compile("\\b(?:any ?time|at any (?:time|point)|whenever|no matter when|even after)\\b"
            + "|随时|什么时候|任何时候|也(?:都)?(?:能|可以)?(?:全额?)?退|照(?:样)?(?:能|可以)?退", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TIME = Pattern.compile("\\b(?:any ?time|at any (?:time|point)|whenever|no matter when)\\b|随时|什么时候"
            + "|任何时候", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:until|till|up to|before|by|within|prior to)\\b|前|以内|之内|截止",
            Pattern.CASE_INSENSITIVE);
    /** A card refund line that says no or makes an exception somewhere. */
    private static final Pattern CARD_LIMIT = Pattern.compile("\\b(?:no|not|non|never|except|minus|only|nothing)\\b|n't|不|除|扣|没|只",
            Pattern.CASE_INSENSITIVE);
    /** A sum kept back from a refund: "扣20元上门费", "minus the $25 trip fee". */
    private static final Pattern DEDUCTION = Pattern.compile("扣(?:掉|除)?|\\bminus\\b", Pattern.CASE_INSENSITIVE);
    /** "refundable right up to install day", "refundable until the kits ship": the event the refund runs to. */
    private static final Pattern UNTIL = Pattern.compile("\\b(?:refund(?:able|ed)?|money back|cancel\\w*)\\b[^.;]{0,20}?\\b(?:(?:right )?up"
            + " (?:un)?til|(?:right )?up to|until|till)\\s+([^.;,]+)", Pattern.CASE_INSENSITIVE);
    /** An event said with a number or as a day already named ("until then") is the fact checker's, not this class's. */
    private static final Pattern NUMBER_OR_THEN = Pattern.compile("\\d|\\b(?:then|that|now|today|tomorrow|tonight|" + "(?:zero|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[a-z-]*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A refund line that points back at the sentence before it: "Until then you can … get the whole deposit back". */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(?:until|till|before|by) then\\b|在此之前|那之前|这之前", Pattern.CASE_INSENSITIVE);

    /** The card's refund lines, and what they say as a whole. */
    record Card(List<String> lines, boolean saysNo, boolean limited, Set<String> words, boolean refundsAfterPaying) {
        static final Card NONE = new Card(List.of(), false, false, Set.of(), false);
    }

    private RefundTerms() {}

    /** The refund lines of a card's caller side (red lines out), and the words of their events (with the sentence before
     *  a line that says "until then"). */
    static Card ofCard(List<String> sentences) {
        List<String> lines = new ArrayList<>();
        boolean saysNo = false;
        boolean limited = false;
        boolean refunds = false;
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (REFUND.matcher(s).find()) {
                lines.add(s);
                // a deduction refunds the rest ("过了这个时间取消扣20元上门费，其余退回"): "这笔定金我们是不退的" is still wrong (holdout71)
                saysNo |= CARD_LIMIT.matcher(DEDUCTION.matcher(s).replaceAll(" ")).find();
                // a question refunds nothing: "问：交了钱以后受伤了能退吗？" (holdout27's malasong card says 缴费后不退费)
                refunds |= !s.matches("(?s).*(?:[？?吗]|问[:：]).*")
                        && Sentences.clauses(s).stream().anyMatch(c -> REFUND.matcher(c).find() && !CARD_LIMIT.matcher(c).find());
                limited |= DEADLINE.matcher(s).find() || CONDITION.matcher(s).find();
                context.append(i > 0 && POINTS_BACK.matcher(s).find() ? sentences.get(i - 1) : "").append(' ').append(s).append(' ');
            }
        }
        if (lines.isEmpty()) {
            return Card.NONE;
        }
        return new Card(List.copyOf(lines), saysNo, limited || saysNo, Claims.contentWords(context.toString()), refunds);
    }

    static List<FactFlag> in(Turn t, CardProfile profile, List<FactFlag> flagged) {
        Card card = profile.refunds;
        if (card.lines().isEmpty()) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*")) {
                continue;
            }
            // the clause that says it: a wrong amount flagged earlier in the sentence ("$500 by Monday, …") is another fact
            String clause = Sentences.clauses(sentence).stream().filter(c -> REFUND.matcher(c).find()).findFirst().orElse(null);
            if (clause == null || FactFlag.covered(flagged, clause)) {
                continue;
            }
            String why = wrong(sentence, clause, card);
            if (why != null) {
                out.add(new FactFlag(t.index(), "claim", clause.strip(), why));
            }
        }
        return out;
    }

    /** Why a refund sentence goes against the card's refund lines, or null; conditions are read in the whole sentence
     *  ("三天以内取消，就不退了"), a deadline and the event it names in the refund's own clause. */
    static String wrong(String sentence, String clause, Card card) {
        String card0 = "nearest: " + card.lines().get(0).strip();
        if (NO_REFUND.matcher(sentence).find()) {
            // "after that it's non-refundable" restates the card's window; "定金交了就不退了" closes it at once. A deadline to pay
            // in a clause of its own ("今天之内付，交了就不退", "尾款到成都验车后付") is no condition of the refund (holdout67, holdout36)
            String terms = String.join("，", Sentences.clauses(sentence).stream()
                    .filter(c -> !PAY_CLAUSE.matcher(c).find() || REFUND.matcher(c).find() || CANCEL.matcher(c).find()).toList());
            // "取消了也不退回": no refund even on cancelling, whatever else the sentence says ("定金只抵尾款，…", holdout72's yugang-06)
            boolean plain = !CONDITION.matcher(PAID.matcher(terms).replaceAll(" ")).find();
            boolean evenCancelled = EVEN_CANCELLED.matcher(sentence).find();
            boolean unconditional = evenCancelled || plain;
            // closed from the moment of paying ("交了就退不了") where a card clause refunds after paying ("上门前一天晚上6点以前
            //取消全退"), though the card says no after its deadline (holdout69's reshuiqi-06)
            return unconditional && (!card.saysNo() || card.refundsAfterPaying() && (PAID.matcher(terms).find()
                    || plain && evenCancelled)) ? card0 : null;
        }
        Matcher always = ALWAYS.matcher(sentence);
        if (always.find() && card.limited()) {
            // "签合同前随时可退" keeps the card's deadline; "定金什么时候都能退", "什么时候改期都免费，定金照退" and "开始拉丝后定金也能退的" do not
            String where = Sentences.clauses(sentence).stream().filter(c -> c.contains(always.group())).findFirst().orElse(clause);
            if (!ANY_TIME.matcher(always.group()).matches() || !DEADLINE.matcher(where).find()) {
                return card0;
            }
        }
        Matcher until = UNTIL.matcher(clause);
        if (until.find() && !NUMBER_OR_THEN.matcher(until.group(1)).find()) {
            Set<String> event = Claims.contentWords(until.group(1));
            // "until approval" names the card's "until you approve": words are matched on their first five letters
            if (!event.isEmpty() && event.stream().noneMatch(w -> card.words().stream().anyMatch(c -> sameRoot(w, c)))) {
                return card0;
            }
        }
        return null;
    }

    private static boolean sameRoot(String a, String b) {
        return a.length() < 5 || b.length() < 5 ? a.equals(b) : a.regionMatches(0, b, 0, 5);
    }
}
