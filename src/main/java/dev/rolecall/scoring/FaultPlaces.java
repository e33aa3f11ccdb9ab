package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault put somewhere the card does not put it: the card's line test "found a fault at the wall socket" and the rep says "the
 * fault's in your router" or "a fault in the street cabinet" (twelve C calls of the isp-visit card over the sets read before;
 * no number is wrong and no rule or promise is said, so no other check reads it). Only where the card's caller side says where
 * its fault is; a place sharing a word with the card's ("the socket on your wall", "on our side") is the card's.
 */
final class FaultPlaces {
    /** "fault at the wall socket", "the fault's in your router", "problem is with the fibre box", "故障在入户光猫", "问题出在分线盒". */
    private static final Pattern EN = Pattern.compile("\\b(?:fault|problem|issue)(?:'s|\\s+is|\\s+was|\\s+lies)?\\s+(?:is\\s+)?(?:in|at|on|with|inside)\\s+"
            + "(?:the\\s+|your\\s+|our\\s+|their\\s+|a\\s+)?([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZH = Pattern.compile("(?:故障|问题|毛病)(?:是)?(?:出)?在((?:您家|你家|我们|咱们)?\\p{IsHan}{2,6}?)(?:上|里|那边|这边|那儿)?(?=[，。！？,.!?；;]|$)");
    /** Words of a place that name no thing: "the line" of "a fault on the line" is every fault's. */
    private static final Set<String> NO_PLACE = Set.of("side", "end", "home", "house", "place", "line", "area", "part", "way", "system",
            "network", "connection", "service", "account", "moment", "case");

    private FaultPlaces() {}

    /** The places the card's caller side gives its fault, as content words and Chinese character pairs. */
    static Set<String> ofCard(List<String> ownSentences) {
        Set<String> out = new HashSet<>();
        for (String s : ownSentences) {
            Matcher m = EN.matcher(s);
            while (m.find()) {
                out.addAll(Claims.contentWords(m.group(1)));
            }
            Matcher z = ZH.matcher(s);
            while (z.find()) {
                out.addAll(CardProfile.terms(z.group(1)));
            }
        }
        return Set.copyOf(out);
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.faultPlaces.isEmpty()) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.matches("(?s).*[？?].*") || FactFlag.covered(flagged, sentence)) {
                continue;
            }
            String place = elsewhere(sentence, card.faultPlaces);
            if (place != null) {
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "says nothing of a fault in the " + place));
            }
        }
        return out;
    }

    /** The place the sentence gives a fault, when it shares no word with the card's places; else null. */
    private static String elsewhere(String sentence, Set<String> cardPlaces) {
        Matcher m = EN.matcher(sentence);
        while (m.find()) {
            Set<String> words = Claims.contentWords(m.group(1));
            words.removeIf(NO_PLACE::contains);
            if (!words.isEmpty() && words.stream().noneMatch(cardPlaces::contains) && !negated(sentence, m.start())) {
                return m.group(1).strip();
            }
        }
        Matcher z = ZH.matcher(sentence);
        while (z.find()) {
            Set<String> terms = CardProfile.terms(z.group(1));
            if (!terms.isEmpty() && terms.stream().noneMatch(cardPlaces::contains) && !negated(sentence, z.start())) {
                return z.group(1);
            }
        }
        return null;
    }

    /** "not the router", "不是光猫的问题": a place ruled out. */
    private static boolean negated(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 12), at).toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*(?:\\bnot\\b|n't\\b|\\bno\\b|不是|没有|并非).*");
    }
}
