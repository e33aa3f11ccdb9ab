package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A judgement by phone the card rules out: "那肯定是质量问题" where it says "不在电话里判断玻璃是不是质量问题", "the ledger's rotted
 * through" where it says "never judge over the phone whether the ledger or posts are rotten". 22 labelled cards carry such a rule
 * and their C calls break it in words no other check reads (no number, no promise word, and rarely the rule's own verb). A caller
 * clause breaks it when it states, without a hedge, something about what the rule names.
 */
final class PhoneJudgements {
    /** A card rule against judging by phone. */
    private static final Pattern RULE = Pattern.compile("(?:电话里|电话上|电话中)[^，。；;]{0,8}(?:判断|断定|下结论|判定|诊断)"
            + "|(?:判断|断定|下结论|判定|诊断)[^，。；;]{0,6}电话"
            + "|\\b(?:diagnos\\w*|judg\\w*)\\b[^.;]{0,70}\\b(?:over the phone|by phone|on the phone)\\b"
            + "|\\b(?:over the phone|by phone|on the phone)\\b[^.;]{0,12}\\b(?:diagnos\\w*|judg\\w*|whether)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of the rule itself, not of what it is about. */
    private static final Set<String> RULE_WORDS = CardProfile.terms("不在电话里电话上不判断断定下结论判定诊断能不能用要不要是不是还是有没有超不超安不安全"
            + "在哪儿怎么样还能不能会不会");
    private static final Set<String> EN_RULE_WORDS = Set.of("phone", "diagnose", "diagnosis", "diagnosing", "judge", "judging", "whether",
            "problem", "problems", "tell", "say", "saying", "over", "never", "call", "much", "sick", "dangerous", "only", "site");
    /** The clause states a judgement. */
    private static final Pattern STATES = Pattern.compile("肯定|一定是|一看就|一听就|估计是|应该是|多半|八成|准是|锈穿|烂穿|就是[^，。]{0,10}(?:问题|的事|漏的|坏的|造成)"
            + "|属于|是[^，。]{0,8}(?:问题|老化|坏了|造成|导致)|不能用了|还能用|能撑|撑得住|撑到"
            + "|\\b(?:probably|definitely|certainly|for sure|clearly|obviously|sounds like|looks like|must be|i'?d bet|my guess"
            + "|(?:it|that|this|he|she|they)'?s (?:just |probably |definitely |clearly )?(?:the|your|a|an|fine|safe|rott\\w*|shot|gone)"
            + "|(?:is|are|'s|'re) (?:\\w+ )?(?:rott\\w*|shot|gone|fine|failing)|(?:'ll|will) hold)\\b", Pattern.CASE_INSENSITIVE);
    /** A hedge or a refusal to judge: what the rule asks for. */
    private static final Pattern HEDGED = Pattern.compile("判断不了|说不好|说不准|不好说|不能说|没法|电话里|不确定|不一定|看了才|上门(?:看|查|测)"
            + "|\\b(?:can'?t|cannot|won'?t|not sure|no way to|hard to say|until|on site|in person|over the phone|by phone)\\b|n't (?:say|tell|know)",
            Pattern.CASE_INSENSITIVE);

    /** How long a thing will last, said as a judgement. */
    private static final Pattern LIFESPAN = Pattern.compile("还能用|能用到|用到明年|撑到|撑过|挺过|熬过");

    private PhoneJudgements() {}

    /** What the card's rules against judging by phone are about: Chinese bigrams and four-letter English stems. */
    static Set<String> topics(String callerRaw) {
        Set<String> out = new HashSet<>();
        for (String piece : callerRaw.split("[；;。\\n]")) {
            java.util.regex.Matcher m = RULE.matcher(piece);
            if (!m.find()) {
                continue;
            }
            for (String term : CardProfile.terms(piece)) {
                if (term.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && !RULE_WORDS.contains(term)) {
                    out.add(term);
                }
            }
            // in English what is judged follows the rule: "The inspection finds and writes up what's wrong, …, and I can't judge
            // any bin over the phone" names no topic with "inspection" (holdout76's faithful grain-bin-03 had "that's the only
            // discount we have — so the inspection comes to $880" flagged)
            int from = Math.max(Math.max(piece.lastIndexOf(',', m.start()), piece.lastIndexOf('—', m.start())), 0);
            for (String w : Claims.contentWords(piece.substring(from))) {
                if (!EN_RULE_WORDS.contains(w) && w.length() >= 4) {
                    out.add(w.substring(0, 4));
                }
            }
        }
        return Set.copyOf(out);
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.judgedTopics.isEmpty()) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*") || HEDGED.matcher(sentence).find()) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                boolean lasts = card.judgedTopics.contains("多久") && LIFESPAN.matcher(clause).find();
                if (!STATES.matcher(clause).find() && !lasts || !about(clause, card.judgedTopics)
                        || FactFlag.covered(flagged, clause)) {
                    continue;
                }
                if (card.nearestPiece(card.embedder.embed(clause)).similarity() < Claims.BACKED) {
                    out.add(new FactFlag(t.index(), "claim", clause.strip(), "the card rules out judging this by phone"));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean about(String clause, Set<String> topics) {
        // "顶多还能用到明年开春", "挺过这个冬天" against "电话里不判断…还能用多久" (holdout69's reshuiqi-06 and -07)
        if (topics.contains("多久") && LIFESPAN.matcher(clause).find()) {
            return true;
        }
        for (String term : CardProfile.terms(clause)) {
            if (topics.contains(term)) {
                return true;
            }
        }
        for (String w : clause.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 4 && topics.contains(w.substring(0, 4))) {
                return true;
            }
        }
        return false;
    }
}
