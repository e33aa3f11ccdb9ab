package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Free" said of something the card sells: "旧沙发清运给您免费" where the card adds 50元 for 旧家具清运, "I'll bump you up to
 * Premium for free" where Premium is $259. {@link Promises} lets a free word pass when a card clause with a free word shares its
 * object, and a card that frees one thing and prices another shares words with both ("沙发送到后师傅免费上门安装"); here the thing
 * said free is matched against both kinds of card sentence, and flagged when a priced one names it more closely than any free one
 * (16 such clauses in the labelled calls, all wrong, 9 of them unflagged before).
 */
final class FreeClaims {
    private static final Pattern FREE = Pattern.compile("免费|不收钱|不要钱|包邮|全免|免收|免掉|\\bfree\\b|\\bno charge\\b|\\bon us\\b|\\bon the house\\b",
            Pattern.CASE_INSENSITIVE);
    /** What makes a card sentence free rather than priced. */
    private static final Pattern CARD_FREE = Pattern.compile("免费|不收|不要钱|包邮|免收|全免|不另收|不额外|无需支付|(?<![\\d.])0元|包含|含在"
            + "|\\bfree\\b|\\bno charge\\b|\\bno (?:extra|additional)\\b|\\bwaive|\\bcomplimentary\\b|\\bincluded\\b", Pattern.CASE_INSENSITIVE);
    /** Free as in at liberty or available, not as in no charge: "Feel free to call me", "I'm free Tuesday", "the next free slot". */
    private static final Pattern NOT_PRICE = Pattern.compile("\\bfeel\\s+free\\b|\\b(?:i'?m|i am|we'?re|he'?s|she'?s|they'?re|who'?s|is|are)\\s+free"
            + "\\s+(?:on|at|then|that|this|next|tomorrow|today|in the|all|any|every|mon|tue|wed|thu|fri|sat|sun)"
            + "|\\bfree\\s+(?:slot|spot|time|day|window|afternoon|morning|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Said to deny it: "不是免费的", "it isn't free", "not free". */
    private static final Pattern DENIED = Pattern.compile("(?:不是|不|没有|并非|isn'?t|not|no longer)\\s*\\S{0,2}\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words that name no thing: the free word's own, and particles and light verbs ("take", "out") any two sentences share. */
    private static final Set<String> GENERIC = Set.of("free", "charge", "免费", "费用", "收费", "我们", "您的", "给您", "都是", "的话", "这个",
            "就是", "也是", "可以", "时候", "out", "off", "take", "get", "got", "put", "all", "any", "one", "two", "now", "just", "also",
            "then", "there", "here", "way", "day", "time", "next", "new", "too", "yes", "sure", "well", "okay", "right");

    private final List<String> priced = new ArrayList<>();
    private final List<String> free = new ArrayList<>();
    /** The priced sentences and those that charge in words ("a fee of 10% of the low estimate"). */
    private final List<String> charging = new ArrayList<>();

    FreeClaims(String backing) {
        for (String sentence : Sentences.split(backing)) {
            if (CARD_FREE.matcher(NOT_PRICE.matcher(sentence).replaceAll(" ")).find()) { // "the next free slot" is no price
                free.add(sentence);
            } else if (FactExtractor.extract(sentence).stream().anyMatch(FreeClaims::charge)) {
                priced.add(sentence);
                charging.add(sentence);
            } else if (CHARGE_WORD.matcher(sentence).find()) {
                charging.add(sentence);
            }
        }
    }

    private static boolean charge(Fact f) {
        return f.type() == Fact.Type.MONEY && Double.parseDouble(f.value()) > 0;
    }

    /** Free claims in this turn about what the card prices; a clause flagged already is not flagged twice. */
    List<FactFlag> unbacked(Turn t, List<FactFlag> flagged) {
        // "interest-free" is "no interest"; "feel free", "I'm free Tuesday" say nothing of a price
        return claims(t, flagged, FREE, DENIED, (clause, m) -> m.start() > 0 && clause.charAt(m.start() - 1) == '-'
                || NOT_PRICE.matcher(clause).find(),
                // the amount's own clause names the thing too: "a soundbar bracket under the TV is $39 extra"
                // a charge in words names it as well as a price does: "提前还清剩下的手续费全免" where the card's "剩余手续费也要照常收取"
                charging, x -> FactExtractor.extract(x).stream().anyMatch(FreeClaims::charge) || CHARGE_WORD.matcher(x).find(), free, "priced: ");
    }

    /** A charge said: "移改时间要收费", "另外收", "moving the slot costs extra", "the new socket you'd pay for separately". */
    private static final Pattern CHARGED = Pattern.compile("要收费|是收费的|得收费|另外收|另收|额外收|加收|要收钱|得收钱|要加钱|得加钱|要另付|得另付"
            + "|\\bcosts? extra\\b|\\b(?:is|are|comes?) extra\\b|\\bextra charge\\b|\\byou'?(?:d|ll) (?:have to )?pay (?:for|extra|more|separately)\\b"
            + "|\\bpay for (?:it|that|them) separately\\b|\\bcharged separately\\b|\\bthere'?s a (?:\\w+ )?(?:fee|charge)\\b|\\bwe charge\\b"
            // "the visit might cost a bit, depending on what they find" where the visit is free (holdout58's isp-visit-04)
            + "|\\b(?:might|may|could|would|will|can) cost (?:a bit|a little|something|extra|you|money)\\b|\\bcosts? (?:a bit|a little|something)\\b"
            + "|可能(?:要|得|会)(?:收|花)(?:点|些)?(?:钱|费)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CHARGE_WORD = Pattern.compile("费|收钱|收取|付款|\\bfees?\\b|\\bcharges?\\b|\\bextra\\b|\\bpay\\b",
            Pattern.CASE_INSENSITIVE);

    /** A charge denied just before it: "at no extra charge", "不另外收". */
    private static final Pattern NO_CHARGE = Pattern.compile("(?:不|没|免|\\bno|\\bnot|n't|\\bnever|\\bwithout|\\bfree)\\s*\\S{0,2}\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The mirror of {@link #unbacked}: a charge said of what the card gives free. "Moving the slot costs extra" where the card
     * moves it "for free", "the new socket you'd pay for separately" where "the visit and the new socket are free": the thing
     * said to cost is matched against the card's free sentences and its priced ones, and flagged when a free one names it more
     * closely than any priced one.
     */
    List<FactFlag> charged(Turn t, List<FactFlag> flagged) {
        // the free word's own clause names the thing: "安装有两种，…基础安装包，免费" frees no 两种情况
        return claims(t, flagged, CHARGED, NO_CHARGE, (clause, m) -> false,
                free, x -> CARD_FREE.matcher(NOT_PRICE.matcher(x).replaceAll(" ")).find(), charging, "free on the card: ");
    }

    /**
     * The clauses that say {@code word} of a thing (its clause less the word) that one of {@code named} names more closely than
     * any of {@code against}; a card sentence names it only where one of its clauses shares a term with it and is
     * {@code naming}. A question, a word denied just before it, and a clause flagged already are passed.
     */
    private static List<FactFlag> claims(Turn t, List<FactFlag> flagged, Pattern word, Pattern denied,
                                         java.util.function.BiPredicate<String, Matcher> skip, List<String> named,
                                         java.util.function.Predicate<String> naming, List<String> against, String why) {
        List<FactFlag> out = new ArrayList<>();
        if (named.isEmpty()) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = word.matcher(clause);
                String c = clause.strip();
                if (!m.find() || skip.test(clause, m) || denied.matcher(clause.substring(0, m.start())).find()
                        || c.endsWith("?") || c.endsWith("？") || flagged.stream().anyMatch(f -> f.said().contains(c) || c.contains(f.said()))) {
                    continue;
                }
                Set<String> thing = CardProfile.terms(clause.substring(0, m.start()) + " " + clause.substring(m.end()));
                thing.removeAll(GENERIC);
                String best = null;
                int most = 0;
                for (String n : named) {
                    int k = shared(n, thing);
                    if (k > most && Sentences.clauses(n).stream().anyMatch(x -> shared(x, thing) > 0 && naming.test(x))) {
                        most = k;
                        best = n;
                    }
                }
                int bound = most;
                if (best != null && against.stream().noneMatch(a -> shared(a, thing) >= bound)) {
                    out.add(new FactFlag(t.index(), "promise", c, why + best.strip()));
                }
            }
        }
        return out;
    }

    private static int shared(String text, Set<String> thing) {
        Set<String> x = CardProfile.terms(text);
        x.retainAll(thing);
        return x.size();
    }
}
