package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something said to happen at once that the card makes wait: "漱口水手术当天就能用" where the card says "24小时以后可以用漱口水",
 * "The account is deleted right away" where it keeps the data 30 days. The labelled sets held seven such mouthwash lines on one
 * card alone, none with a number, so no number check reads them. The rep's clause names the thing (two content terms in common)
 * of a card sentence that gives a delay, and no card sentence says that thing happens at once.
 */
final class TooSoon {
    /** At once: not a time a card states, so the fact checks see none. */
    private static final Pattern AT_ONCE = Pattern.compile("当天(?:晚上)?就|当晚就|马上就|立刻就|立马就"
            + "|(?:术|手术|做|弄|装|修|洗|榨|采|办|拆)(?:完|后)(?:当天|马上)就"
            + "|\\b(?:right away|immediately|straight away|same[- ]day|the same day|that (?:same )?(?:day|night|evening)|instantly|on the spot)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A card sentence that makes something wait: "24小时以后可以用漱口水", "打胶以后24小时内先别用淋浴", "data is kept for 30 days after
     * expiry". Not a lead time ("within 3 business days", "at least 48 hours before"), which a rep may fairly say in other words.
     */
    private static final Pattern WAITS = Pattern.compile("\\d+\\s*(?:个)?(?:小时|天|周|星期|个月|月)(?:以|之)?后|(?:小时|天|周|月)(?:以|之)?内(?:先)?(?:别|不要|不能|勿)"
            + "|\\b(?:after|wait(?:ing)?|for|kept for) (?:at least )?\\d+ (?:hours?|days?|weeks?|months?)\\b", Pattern.CASE_INSENSITIVE);
    /** Denied before it: "不能马上用", "it won't be deleted right away". */
    private static final Pattern DENIED = Pattern.compile("不能|不可以|不会|别|不要|没法|还不|\\b(?:not|never|can'?t|cannot|won'?t|don'?t|isn'?t|aren'?t)\\b|n't",
            Pattern.CASE_INSENSITIVE);
    /** The rep's own errand on the call ("我马上给您发短信", "I'll email it right away"), not how soon the service comes. */
    private static final Pattern ERRAND = Pattern.compile("(?:我|我们|咱们)(?:这边)?(?:现在|马上|立刻|立马|立即|当天|今天)?就?(?:给您|帮您|为您|给你|帮你)?"
            + "(?:发|登记|备注|记|安排|确认|预约|转|处理|下单|提交|录入|约|打)|(?:给您|帮您|为您|给你|帮你)"
            + "|\\b(?:i'?ll|i will|i can|let me|i'?m going to|we'?ll)\\b[^,.]{0,20}\\b(?:send|text|email|note|book|put|set|confirm|submit|process"
            + "|call|get (?:that|this|it|you))", Pattern.CASE_INSENSITIVE);
    private static final int SHARED_TERMS = 2;

    private TooSoon() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*")) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = AT_ONCE.matcher(clause);
                // a clause with its own clock times ("pick-up 3:30–5:30 same day") is a schedule, which the fact checks read
                if (!m.find() || DENIED.matcher(clause.substring(0, m.start())).find() || ERRAND.matcher(clause).find()
                        || FactExtractor.extract(clause).stream().anyMatch(f -> f.type() == Fact.Type.TIME || f.type() == Fact.Type.TIME_RANGE)
                        || FactFlag.covered(flagged, clause)) {
                    continue;
                }
                Set<String> thing = CardProfile.terms(clause.substring(0, m.start()) + " " + clause.substring(m.end()));
                String waits = null;
                boolean atOnceOnCard = false;
                for (String line : card.backingSentences) {
                    if (shared(thing, line) < SHARED_TERMS) {
                        continue;
                    }
                    if (AT_ONCE.matcher(line).find()) {
                        atOnceOnCard = true; // "装完当天就能用" on the card itself
                        break;
                    }
                    if (waits == null && WAITS.matcher(ChineseNumbers.normalize(line)).find()) {
                        waits = line.strip();
                    }
                }
                if (waits != null && !atOnceOnCard) {
                    out.add(new FactFlag(t.index(), "contradiction", clause.strip(), waits));
                    break;
                }
            }
        }
        return out;
    }

    /** Terms in common, not counting numbers: "$150 deposit" beside "same day" names the deposit, not what is quick. */
    private static long shared(Set<String> thing, String line) {
        return CardProfile.terms(line).stream().filter(x -> !x.matches("\\d+") && thing.contains(x)).count();
    }
}
