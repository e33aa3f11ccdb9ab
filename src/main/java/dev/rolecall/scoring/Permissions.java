package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the card allows, said to be ruled out: the delivery card's "有磕碰可以直接拒收" and a rep's "签收了就不能拒收" or "不能当场
 * 拒收，签收后拍照找客服". No number is in either, and no red line covers it; a reviewer fails the call for taking away what the
 * customer is owed. Read in Chinese only, on two characters of the allowed action, where the card never rules the same action
 * out itself ("超过7天不能退" beside "7天内可以退").
 */
final class Permissions {
    /**
     * A permission and the action it grants: "可以直接拒收", "随时可以改约"; not 可能, 能不能, nor a preposition's phrase ("可以给您约",
     * "可以在营位上用").
     */
    private static final Pattern GRANTED = Pattern.compile("(?:随时|都|也)?(?<!可)(?:可以|能)(?!不|能)(?:直接|免费|随时|当场|现场|马上)?"
            + "(?![给在把让跟和到为被对从向])(\\p{IsHan}{2})");
    /** A no before the action, a couple of characters apart at most: "不能当场拒收"; not 能不能. */
    private static final String DENIED = "(?<!能)(?:不能|不可以|不让|没法|不给|不允许|不接受|不支持)\\p{IsHan}{0,2}?";
    /** A question, the card's or the customer's: "问：你们能改管吗？" asks, it allows nothing. */
    private static final Pattern ASKS = Pattern.compile("^\\s*(?:问|Q)[:：]|[？?吗]");
    /** A negation before the no: "也不会因为这个不让参加" says it is allowed. */
    private static final Pattern EARLIER_NO = Pattern.compile("[不没别无]");

    private Permissions() {}

    /** An action the card allows: the no that rules it out, compiled once per card, and the sentence that allows it. */
    record Grant(Pattern denied, String sentence) {}

    /** The card's granted actions, each once, in the order the card first allows them. */
    static List<Grant> ofCard(List<String> backingSentences, String cardText) {
        Map<String, Grant> out = new LinkedHashMap<>();
        for (String s : backingSentences) {
            if (ASKS.matcher(s).find()) {
                continue;
            }
            Matcher m = GRANTED.matcher(s);
            while (m.find()) {
                String action = m.group(1);
                if (!out.containsKey(action)) {
                    Pattern denied = Pattern.compile(DENIED + Pattern.quote(action));
                    if (!denied.matcher(cardText).find()) {
                        out.put(action, new Grant(denied, s.strip()));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        if (card.granted.isEmpty()) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.contains("？") || sentence.contains("?")) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                if (FactFlag.covered(flagged, clause)) {
                    continue;
                }
                for (Grant g : card.granted) {
                    Matcher no = g.denied().matcher(clause);
                    if (no.find() && !EARLIER_NO.matcher(clause.substring(0, no.start())).find()) {
                        out.add(new FactFlag(t.index(), "claim", clause.strip(), "allows it: " + g.sentence()));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
