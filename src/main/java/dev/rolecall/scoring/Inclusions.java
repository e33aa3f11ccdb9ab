package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something said to come with the price or the visit that the card never names: "Presentation comes with a ribbon bookmark",
 * "Both come with a bronze nameplate on the bench nearby", "瓷砖随便挑进口的都包", "省外也包邮", "师傅来了顺便把电机给您换了". No
 * number is wrong and no word of free or of a rule is said, so the other checks pass them (33 such sentences missed in the
 * sets read before). The thing included is read after the word that includes it (before 也包/都包), and flagged when most of
 * its words are neither the card's (less its red lines) nor the customer's just before: a card's own inclusion said again
 * ("含30m电缆、挂柱/挂墙、漏保") shares them.
 */
final class Inclusions {
    private static final Pattern EN = Pattern.compile("(?i)\\b(?:includes?|including|included|comes? with|covers?"
            + "|throw(?:ing)? in|we(?:'ll| will)? (?:also )?(?:supply|provide|bring))\\b");
    /** 顺便 (顺手) only of a job done on the side ("顺便把电机换了"), not of a word said on the side ("顺便问一下", "顺便跟您说"). */
    private static final Pattern HAN = Pattern.compile("包括|包含|(?<![不没])含(?!义|量|糖|税前)|(?<![不没])包(?:邮|送货|安装|上门|运费|材料)"
            + "|送您|赠送|(?:顺便|顺手)(?:把|帮您|帮你|给您|给你)(?=[^，。,]*(?:换|修|补|拆|装|清|洗|弄|做|处理))");
    /** The thing named before the word that includes it: "瓷砖随便挑进口的都包". */
    private static final Pattern HAN_BEFORE = Pattern.compile("(?<![不没])(?:也|都)包(?![括含])");
    /** Not included said, or asked: "不含防雨罩", "that's not included". */
    private static final Pattern NEGATED = Pattern.compile("(?i)不含|不包|没有?包|\\bnot\\b|n't\\b|\\bno\\b|\\bwithout\\b|\\bexcept\\b");
    /** Words of saying, numbers and particles: no Chinese pair that holds one names a thing. */
    static final String TALK_CHARACTERS = "的了和在把您你我他她们这那个一二两三四五六七八九十百千万半元块张次米号分之给是都也就还有里头内跟说问下";
    private static final Pattern HAN_TALK = Pattern.compile("[" + TALK_CHARACTERS + "]");

    private static final Pattern MONEY_WORD = Pattern.compile("dollar|buck|cent|percent|price|cost|fee|charge");

    private Inclusions() {}

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged, String asked) {
        List<FactFlag> out = new ArrayList<>();
        Set<String> customer = CardProfile.terms(asked);
        Set<String> customerWords = Claims.contentWords(asked);
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*") || FactFlag.covered(flagged, sentence)) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                if (NEGATED.matcher(clause).find() || !unnamed(clause, card, customer, customerWords)) {
                    continue;
                }
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "the card names nothing of the kind as included"));
                break;
            }
        }
        return out;
    }

    /** Whether the clause says something is included that the card and the customer do not name. */
    private static boolean unnamed(String clause, CardProfile card, Set<String> customer, Set<String> customerWords) {
        Matcher e = EN.matcher(clause);
        if (e.find()) {
            Set<String> words = Claims.contentWords(clause.substring(e.end()));
            words.removeIf(w -> MONEY_WORD.matcher(w).matches()); // "covers it at zero dollars" names no thing
            long known = words.stream().filter(w -> card.callerWords.contains(w) || customerWords.contains(w)).count();
            return !words.isEmpty() && known * 2 < words.size();
        }
        Matcher before = HAN_BEFORE.matcher(clause);
        Matcher h = HAN.matcher(clause);
        boolean named = before.find();
        String thing = named ? clause.substring(0, before.start()) : h.find() ? clause.substring(h.end()) : null;
        if (!named && thing != null && h.group().startsWith("顺")) {
            thing = clause.substring(0, h.start()) + thing; // "天台防水师傅顺手给您补了": the job is named before it
        }
        if (thing == null) {
            return false;
        }
        List<String> pairs = CardProfile.hanPairs(thing, HAN_TALK);
        long known = pairs.stream().filter(p -> card.callerTerms.contains(p) || customer.contains(p)).count();
        return pairs.size() >= (named ? 1 : 2) && known * 2 < pairs.size(); // "省外也包邮": one pair names a place
    }
}
