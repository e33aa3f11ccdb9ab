package dev.rolecall.scoring;

import dev.rolecall.card.QaPair;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A no to what the card's Q&A answers yes, the other side of {@link DeniedAsks}: "Q: Can we reduce the number of seats? A: Yes,
 * you can go down to any number of seats at renewal" and a rep who answers the customer's question with "Seats can't be reduced
 * at renewal, only mid-year" (thirteen C calls of the labelled sets on the bundled english-support card, in as many wordings,
 * none of them with a number). Read only in the rep's reply to the customer's asking it: the question's own words, less the
 * words that ask, named in a clause with a negation.
 */
final class AllowedAsks {
    /** The card's answer opens with a yes. */
    private static final Pattern YES = Pattern.compile("^\\s*(?:答[:：]\\s*|A[:：]\\s*)?(?:可以|能|会|当然|没问题|支持|有的"
            + "|\\b(?:yes|yeah|sure|of course|absolutely|definitely)\\b)", Pattern.CASE_INSENSITIVE);
    /** The words that ask, not what is asked for: {@link DeniedAsks}'s, and the small English words a yes question has. */
    private static final Pattern ASKING = Pattern.compile(DeniedAsks.ASKING.pattern() + "|\\b(?:the|of|a|an|our|us)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A no: a negation, or a limit put where the card puts none ("only mid-year, not at renewal"). */
    private static final Pattern NO = Pattern.compile("不能|不可以|不行|没法|不支持|不了|取消了|不允许"
            + "|\\b(?:can'?t|cannot|won'?t|isn'?t|aren'?t|not|no longer|never|(?<!-)only)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    /** A condition or a hedge around the no: "if you'd rather not commit for the year" refuses nothing. */
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|unless|whether|rather|pretend)\\b|如果|要是|的话", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED_QUESTION = Pattern.compile("不|没|别|\\b(?:no|not|never)\\b|n't", Pattern.CASE_INSENSITIVE);

    /** What a card allows: the question's content terms that name a thing, the answer's other terms, and its Q&A. */
    record Allowed(List<String> what, List<String> answer, String qa) {}

    private AllowedAsks() {}

    static List<Allowed> ofCard(List<QaPair> qa) {
        List<Allowed> out = new ArrayList<>();
        for (QaPair p : qa) {
            if (p.question() == null || p.answer() == null || !YES.matcher(p.answer()).find()) {
                continue;
            }
            if (NO.matcher(YES.matcher(p.answer()).replaceFirst("")).find()) {
                continue; // "Yes, we install customer parts…, but we don't warranty the part itself": a rep's no may restate it
            }
            String asked = ASKING.matcher(p.question()).replaceAll(" ");
            if (NEGATED_QUESTION.matcher(asked).find()) {
                continue; // "Can I not be home?" – "Yes": a yes to going without, which a rep's "not" restates
            }
            List<String> what = CardProfile.terms(asked).stream().filter(x -> !x.matches(".*\\d.*") && !DeniedAsks.PERSON.matcher(x).find()).toList();
            if (what.size() >= 2) {
                // the answer's own words, not the question's in another ending ("jumps" of "Can parents jump too?")
                List<String> answer = CardProfile.terms(ASKING.matcher(p.answer()).replaceAll(" ")).stream()
                        .filter(x -> !x.matches(".*\\d.*") && !DeniedAsks.PERSON.matcher(x).find() && named(what, Set.of(x)) == 0).toList();
                out.add(new Allowed(what, answer, p.question().strip() + " " + p.answer().strip()));
            }
        }
        return out;
    }

    /** {@code asked}: the customer's turn just before; only a reply to the card's question is read. */
    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged, String asked) {
        if (card.allowed.isEmpty()) {
            return List.of();
        }
        Set<String> askedTerms = CardProfile.terms(asked);
        List<Allowed> askedNow = card.allowed.stream().filter(a -> named(a.what(), askedTerms) >= Math.min(2, a.what().size())).toList();
        List<String> sentences = Sentences.split(t.text());
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (sentence.strip().matches("(?s).*[?？]$")) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                if (!NO.matcher(clause).find() || CONDITIONAL.matcher(clause).find() || card.saysWordForWord(clause)
                        || FactFlag.covered(flagged, clause)) {
                    continue;
                }
                Set<String> said = CardProfile.terms(clause);
                // (anywhere only in English: a Chinese clause's 不能 is as often about something else, "不能瞒，有过婚史可以参加")
                boolean english = clause.codePoints().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
                for (Allowed a : card.allowed) {
                    // in the reply's first two sentences, to the question asked: most of what it asks for; anywhere: a word of
                    // what it asks for and one of the card's answer ("You can't change seats at renewal", holdout51)
                    boolean reply = i < 2 && askedNow.contains(a) && named(a.what(), said) >= Math.min(2, (a.what().size() + 1) / 2);
                    if (reply || english && named(a.what(), said) >= 1 && named(a.answer(), said) >= 1) {
                        return List.of(new FactFlag(t.index(), "claim", clause.strip(), "Q&A: " + a.qa()));
                    }
                }
            }
        }
        return List.of();
    }

    /** How many of what is allowed the terms name, an English word in any of its endings (seats, seat; reduce, reduced). */
    private static long named(List<String> words, Set<String> terms) {
        return words.stream().filter(w -> terms.contains(w) || w.matches("[a-z]{4,}") && terms.stream()
                .anyMatch(s -> s.matches("[a-z]{4,}") && stem(s).equals(stem(w)))).count();
    }

    private static String stem(String w) {
        return w.replaceFirst("(?:ing|ed|es|s|e)$", "");
    }
}
