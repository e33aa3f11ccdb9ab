package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every checkable fact the caller states is compared with the card (and with what the callee
 * said earlier in the call, which the caller may repeat). A fact whose value the card does not
 * have is flagged as invented, with the card's values of the same kind.
 */
final class FactChecker {
    record Result(Item item, int right, List<FactFlag> invented) {}

    private FactChecker() {}

    /** For durations, the card's values in the same unit (said 7天 → card 30天, not 2小时). */
    private static List<String> sameUnit(Fact f, List<String> cardSays) {
        if (f.type() != Fact.Type.DURATION) {
            return cardSays;
        }
        String unit = f.value().substring(f.value().indexOf(' ') + 1);
        List<String> same = cardSays.stream().filter(c -> FactExtractor.extract(c).stream()
                .anyMatch(x -> x.value().endsWith(" " + unit))).toList();
        return same.isEmpty() ? cardSays : same;
    }

    static Result check(ScoredCall call, CardProfile card) {
        Set<String> heard = new HashSet<>();
        int right = 0;
        List<FactFlag> invented = new ArrayList<>();
        List<Integer> evidence = new ArrayList<>();
        String cardText = card.card.caller().raw();
        for (Turn t : call.turns) {
            List<Fact> facts = FactExtractor.extract(t.text());
            if (t.speaker() == Role.CALLEE) {
                facts.forEach(f -> heard.add(f.type() + "=" + f.value()));
                continue;
            }
            for (Fact f : facts) {
                boolean backed = card.facts.getOrDefault(f.type(), Set.of()).contains(f.value())
                        || heard.contains(f.type() + "=" + f.value())
                        || (f.type() == Fact.Type.NAME_IN_QUOTES && cardText.contains(f.value()));
                if (backed) {
                    right++;
                } else {
                    List<String> cardSays = sameUnit(f, card.factSaid.getOrDefault(f.type(), List.of()));
                    invented.add(new FactFlag(t.index(), f.type().name().toLowerCase(), f.said(),
                            cardSays.isEmpty() ? "nothing of this kind" : String.join(" / ", cardSays)));
                    evidence.add(t.index());
                }
            }
        }
        int total = right + invented.size();
        Item item = total == 0 ? Item.notApplicable("the caller stated no checkable facts")
                : Item.of(right / (double) total, evidence, right + " facts match the card"
                        + (invented.isEmpty() ? "" : ", " + invented.size() + " not in the card: "
                        + invented.stream().map(i -> i.said() + " (turn " + i.turn() + ", card: " + i.card() + ")").toList()));
        return new Result(item, right, invented);
    }
}
