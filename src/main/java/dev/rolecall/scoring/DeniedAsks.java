package dev.rolecall.scoring;

import dev.rolecall.card.QaPair;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A yes to what the card's Q&A answers no: "问：能不能只周末上课？答：不行，…" and a rep who says "周末也能单独上课" (holdout54's
 * wurenji-08). The question's own words, less the words that ask, are what the card refuses; a rep clause that says most of
 * them with a word of permission and no negation grants it.
 */
final class DeniedAsks {
    /** The card's answer opens with a no. */
    private static final Pattern NO = Pattern.compile("^\\s*(?:答[:：]\\s*|A[:：]\\s*)?(?:不行|不能|不可以|不可|没有|没法|不支持|不提供|不接受|恐怕不|不(?!用|客气|错|过|一定|好意思)\\p{IsHan}"
            + "|抱歉|\\bno\\b|\\bsorry\\b|\\bunfortunately\\b|\\bwe (?:don'?t|can'?t|do not|cannot)\\b|\\bnot\\b)", Pattern.CASE_INSENSITIVE);
    /** The words that ask, not what is asked for. */
    static final Pattern ASKING = Pattern.compile("能不能|可不可以|可以不可以|行不行|能否|是否|有没有|可以吗|行吗|吗|呢|可以|能"
            + "|\\b(?:can|could|may|will|would|do|does|is|are|it|possible|to|i|we|you|me|my|there|any|way)\\b", Pattern.CASE_INSENSITIVE);
    /** A word of permission or of having it. */
    private static final Pattern GRANTS = Pattern.compile("能|可以|行|没问题|也有|有的|\\b(?:can|sure|yes|yeah|of course|we do|we have|no problem)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("不|没|别|无|\\b(?:no|not|never|can'?t|cannot|won'?t|don'?t|isn'?t|aren'?t)\\b|n't",
            Pattern.CASE_INSENSITIVE);

    /** What a card refuses: the question's content terms, those of them that name a thing rather than who, and its Q&A. */
    record Refused(Set<String> terms, List<String> what, String qa) {}

    private DeniedAsks() {}

    static List<Refused> ofCard(List<QaPair> qa) {
        List<Refused> out = new ArrayList<>();
        for (QaPair p : qa) {
            if (p.question() == null || p.answer() == null || !NO.matcher(p.answer()).find()
                    || p.question().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue; // English "can" grants too little to read ("the airbag can rupture"); Chinese 能/可以 are asked
            }
            String asked = ASKING.matcher(p.question()).replaceAll(" ");
            if (NEGATION.matcher(asked).find()) {
                continue; // "没有检疫证明行不行？不行": a no to going without, not to what the rep then asks for
            }
            // 周末 is what "能不能只周末上课" asks for: days and units stay (contentTerms would drop them), digits do not
            Set<String> terms = new HashSet<>(CardProfile.terms(asked));
            terms.removeIf(x -> x.matches(".*\\d.*"));
            if (terms.size() >= 2) {
                // what is asked for, less who: "鞭炮" of 帮我们放鞭炮
                List<String> what = terms.stream().filter(x -> !PERSON.matcher(x).find()).toList();
                out.add(new Refused(terms, what, p.question().strip() + " " + p.answer().strip()));
            }
        }
        return out;
    }

    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged) {
        return unbacked(t, card, flagged, "");
    }

    /** {@code asked}: the customer's turn just before, whose question a short yes answers. */
    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged, String asked) {
        List<FactFlag> out = new ArrayList<>();
        if (card.refused.isEmpty()) {
            return out;
        }
        List<Refused> askedNow = card.refused.stream().filter(r -> says(r, CardProfile.terms(asked))).toList();
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.strip().matches("(?s).*[?？]$")) {
                continue;
            }
            List<String> clauses = Sentences.clauses(sentence);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                if (!GRANTS.matcher(clause).find() || negated(clause)
                        || card.saysWordForWord(clause)
                        || flagged.stream().anyMatch(f -> clause.contains(f.said()) || f.said().contains(clause))) {
                    continue;
                }
                Set<String> said = CardProfile.terms(clause);
                for (Refused r : card.refused) {
                    if (says(r, said)) {
                        out.add(new FactFlag(t.index(), "claim", clause.strip(), "Q&A: " + r.qa()));
                        return out;
                    }
                }
                // the customer has just asked what the card refuses: a yes that names any of it grants it ("鞭炮没问题，…"),
                // and so does a bare yes before a clause that does ("可以的，进店转一圈更旺", holdout56's wushi-06)
                String answer = clause;
                if (i + 1 < clauses.size() && BARE_YES.matcher(clause).matches()) {
                    int from = sentence.indexOf(clause);
                    int to = sentence.indexOf(clauses.get(i + 1), Math.max(from, 0));
                    answer = from >= 0 && to >= 0 ? sentence.substring(from, to + clauses.get(i + 1).length()) : clause;
                }
                Set<String> named = CardProfile.terms(answer);
                for (Refused r : askedNow) {
                    // "鞭炮" of 帮我们放鞭炮 is enough; two of "女儿…陪…进去" (holdout44's faithful yizhu-01: "女儿可以陪您来" to the
                    // lobby, which the card allows)
                    long saidOfIt = r.what().stream().filter(named::contains).count();
                    if (saidOfIt >= Math.min(2, (r.what().size() + 1) / 2) && !negated(answer)) {
                        out.add(new FactFlag(t.index(), "claim", answer.strip(), "Q&A: " + r.qa()));
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** A negation other than inside a yes ("没问题"). */
    private static boolean negated(String text) {
        return NEGATION.matcher(NOT_A_NO.matcher(text).replaceAll("")).find();
    }

    private static boolean says(Refused r, Set<String> said) {
        Set<String> shared = new HashSet<>(r.terms());
        shared.retainAll(said);
        return shared.size() >= 2 && shared.size() * 2 >= r.terms().size();
    }

    /** Words of a yes that carry a negation character: 没问题, 没事, 不成问题. */
    private static final Pattern NOT_A_NO = Pattern.compile("没问题|没事|不成问题|no problem", Pattern.CASE_INSENSITIVE);
    /** A yes and nothing else: "可以的", "没问题", "行啊". */
    private static final Pattern BARE_YES = Pattern.compile("\\s*(?:当然|肯定)?(?:可以|能|行|没问题|没事)(?:的|啊|呀|哈|呢|了)?[，,。！!]?\\s*");
    /** Bigrams of who, not what: 我们 and 帮我 of "能帮我们放鞭炮吗" say nothing of firecrackers. */
    static final Pattern PERSON = Pattern.compile("[我你您他她们]");
}
