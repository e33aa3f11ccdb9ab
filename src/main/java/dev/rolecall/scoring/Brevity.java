package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Caller utterances against a per-card target length: 1.5 × the median script line (the card's
 * own idea of a phone-sized turn). Over the target costs gradually; over twice the target is a
 * monologue and is flagged.
 */
final class Brevity {
    record Result(Item item, List<Integer> monologues) {}

    private Brevity() {}

    /** The per-card target length of a caller turn. */
    static double target(CardProfile card) {
        return card.typicalLineLength * 1.5;
    }

    static Result score(ScoredCall call, CardProfile card) {
        double target = target(card);
        List<Turn> caller = call.of(Role.CALLER);
        if (caller.isEmpty()) {
            return new Result(Item.notApplicable("the caller never spoke"), List.of());
        }
        List<Integer> monologues = new ArrayList<>();
        double sum = 0;
        for (Turn t : caller) {
            int len = t.text().length();
            sum += len <= target ? 1 : Math.max(0, 1 - (len - target) / (2 * target));
            if (len > 2 * target) {
                monologues.add(t.index());
            }
        }
        return new Result(Item.of(sum / caller.size(), monologues, String.format("target %.0f characters a turn; ", target)
                + (monologues.isEmpty() ? "no monologues" : monologues.size() + " monologue(s) at turn " + monologues)), monologues);
    }
}
