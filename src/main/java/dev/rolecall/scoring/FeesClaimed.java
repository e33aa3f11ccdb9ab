package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fee the card never charges, said with no number: "there's a listing fee on each piece on top of that", "if you miss him
 * there's a missed-visit charge", "Saturday visits carry a small fee", "改约要收改约费". The amount checker has no figure to
 * compare and {@link FreeClaims#charged} needs the card to make the thing free; here the fee's name (or, for a fee with none,
 * what it is charged for) must be in a card clause that charges something.
 */
final class FeesClaimed {
    private static final Pattern EN = Pattern.compile("\\b(?:there'?s|there is|there'?ll be|there will be|we charge|you'?ll pay|you'?d pay"
            + "|carr(?:y|ies)|comes? with|plus|adds?)\\s+(?:an?\\s+|the\\s+)?(?:(?:small|little|tiny|one-time|flat|extra|additional|separate)\\s+)?"
            + "((?:(?!(?:no|any)\\b)[a-z][\\w-]*\\s+){0,2}?)(?:fee|surcharge|charge|penalty)\\b", Pattern.CASE_INSENSITIVE);
    /** 收改约费, 交个加急费, 另收钱: a named fee, or money charged on top. */
    private static final Pattern ZH = Pattern.compile("(?:收|交|付|扣)(?:个|一笔|点|一点)?(\\p{IsHan}{1,4}?)费|(?:另收|另外收|额外收|加收)(?:钱|费用)|(?:得|要)加钱");
    private static final Pattern DENIED = Pattern.compile("(?:不|免|无|没|别|no|not|n't|never|without)\\s*\\S{0,3}\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * Not said to be so: "Whether there's a migration fee really depends on the situation", "有没有…费" (a condition is still said:
     * "if you miss him there's a missed-visit charge").
     */
    private static final Pattern WONDERED = Pattern.compile("\\bwhether\\b|\\bif (?:there'?s|there is|there'?ll)\\b|是否|有没有|会不会",
            Pattern.CASE_INSENSITIVE);
    /** A card clause that charges: a fee word or an amount. */
    private static final Pattern CHARGES = Pattern.compile("费|收|扣|元|块|\\$|\\bfees?\\b|\\bcharges?\\b|\\bsurcharge\\b|\\bpenalty\\b|\\bcosts?\\b",
            Pattern.CASE_INSENSITIVE);
    /** What frees rather than charges: "免费改一次" has a 费 of no fee. */
    private static final Pattern FREE = Pattern.compile("免费|不收|不另收|\\bfree\\b|\\bno (?:extra |additional )?(?:charge|fee)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC = Set.of("there", "charge", "fee", "small", "little", "extra", "additional", "and", "but",
            "which", "that", "this", "also", "收费", "费用", "的话", "我们", "您的", "这个", "就是");

    private FeesClaimed() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (Sentences.Stated said : Sentences.stated(t.text())) {
            String sentence = said.sentence();
            String c = said.clause();
            if (FactFlag.covered(flagged, c) || FactFlag.covered(out, c)) {
                continue;
            }
            Matcher m = EN.matcher(c);
            boolean en = m.find();
            if (!en && !(m = ZH.matcher(c)).find() || DENIED.matcher(c.substring(0, m.start())).find()
                    || WONDERED.matcher(c.substring(0, m.start())).find()) {
                continue;
            }
            String name = m.group(1) == null ? "" : m.group(1).strip();
            if (en && dev.rolecall.text.EnglishNumbers.normalize(name).matches("(?s).*(?:\\d|dollar|buck|percent).*")) {
                continue; // "a fifty-dollar fee": its amount is the amount checker's
            }
            // a fee with no name is named by what it is charged for: "Saturday visits carry a small fee"
            Set<String> thing = CardProfile.terms(name.isEmpty() ? c.substring(0, m.start()) + " " + c.substring(m.end()) : name);
            thing.removeAll(GENERIC);
            if (!thing.isEmpty() && !charged(card, thing, name.isEmpty() ? 2 : 1)) {
                out.add(new FactFlag(t.index(), "promise", en ? sentence.strip() : c, "the card charges no such fee"));
            }
        }
        return out;
    }

    private static boolean charged(CardProfile card, Set<String> thing, int shared) {
        for (String line : card.backingSentences) {
            for (String clause : Sentences.clauses(line)) {
                if (!CHARGES.matcher(FREE.matcher(clause).replaceAll(" ")).find()) {
                    continue;
                }
                Set<String> x = CardProfile.terms(clause);
                x.retainAll(thing);
                if (x.size() >= Math.min(shared, thing.size())) {
                    return true;
                }
            }
        }
        return false;
    }
}
