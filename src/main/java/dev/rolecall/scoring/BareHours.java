package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English hour said with no a.m. or p.m. ("Doors are at five and the show starts at seven", "drop-off at seven", "Our office
 * closes at four"), which no fact reader takes for a clock time, so a wrong one had passed. Either half of the day will do: the
 * hour is wrong only when the card gives no time at that hour, in a clause about when something happens, and the customer did
 * not name it first.
 */
final class BareHours {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    /** "at seven", "at 9", said where a time is meant: after a word of when things happen, and ending its clause. */
    private static final Pattern AT_HOUR = Pattern.compile("\\b(?:doors?|shows?|starts?|opens?|closes?|open|close|drop-?off|pick-?up|arrive[sd]?"
            + "|arrival|come|comes|be there|begins?|ends?|finish(?:es)?|leaves?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|tomorrow|tonight)\\b[^.,;!?]{0,25}?\\bat (\\d{1,2}|" + String.join("|", WORDS.subList(1, 13)) + ")"
            + "(?=\\s*(?:$|[.,;!?]|and\\b|then\\b|sharp\\b|on the dot\\b|o'clock\\b|while\\b|if\\b))", Pattern.CASE_INSENSITIVE);
    /** A clock time the card states, as hour and minute on the twelve-hour dial: "7:30 pm" and "19:30" are 7:30. */
    private static final Pattern CARD_CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");

    private BareHours() {}

    /** The card's clock hours, on the twelve-hour dial, from its times and windows and any bare hour it says. */
    static Set<Integer> ofCard(CardProfile card) {
        Set<Integer> out = new HashSet<>();
        for (Fact.Type type : List.of(Fact.Type.TIME, Fact.Type.TIME_RANGE)) {
            for (String v : card.facts.getOrDefault(type, Set.of())) {
                Matcher m = CARD_CLOCK.matcher(v);
                while (m.find()) {
                    if (m.group(2) == null || m.group(2).equals("00")) {
                        out.add(Integer.parseInt(m.group(1)) % 12);
                    }
                }
            }
        }
        for (String v : card.bareHours) {
            out.add(Integer.parseInt(v.substring(0, 2)) % 12);
        }
        return out;
    }

    static List<FactFlag> in(Turn t, CardProfile card, ScoredCall call, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        if (t.speaker() != Role.CALLER || card.clockHours.isEmpty()) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            if (sentence.contains("?") || flagged.stream().anyMatch(f -> sentence.contains(f.said()))) {
                continue;
            }
            Matcher m = AT_HOUR.matcher(sentence);
            while (m.find()) {
                String said = m.group(1).toLowerCase(Locale.ROOT);
                int hour = said.chars().allMatch(Character::isDigit) ? Integer.parseInt(said) : WORDS.indexOf(said);
                if (hour >= 1 && hour <= 12 && !card.clockHours.contains(hour % 12) && !heard(call, t, said)) {
                    out.add(new FactFlag(t.index(), "time", m.group().strip(), "gives times only at " + String.join(", ",
                            card.clockHours.stream().sorted().map(h -> (h == 0 ? 12 : h) + " o'clock").toList())));
                    break;
                }
            }
        }
        return out;
    }

    /** The customer named the hour before: "Let's do Thursday evening… Say six?". */
    private static boolean heard(ScoredCall call, Turn before, String said) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(said) + "\\b", Pattern.CASE_INSENSITIVE);
        return call.turns.stream().filter(x -> x.index() < before.index() && x.speaker() == Role.CALLEE)
                .anyMatch(x -> word.matcher(x.text()).find());
    }
}
