package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.Turn;
import java.util.List;

/**
 * A card closing line at the end, and a legitimate ending: a card end condition whose content
 * actually shows up near the end of the call. Calls cut by max turns, loops or errors are incomplete.
 */
final class ClosingCheck {
    static final double CLOSING = 0.65;
    /** The condition text vs the last turns: calibrated so that a matching ending scores above it. */
    static final double PLAUSIBLE = 0.5;

    private ClosingCheck() {}

    static Item score(ScoredCall call, CardProfile card) {
        List<Turn> caller = call.of(Role.CALLER);
        double closing = 0;
        Integer closingTurn = null;
        for (Turn t : caller.subList(Math.max(0, caller.size() - 2), caller.size())) {
            double s = card.closings.length == 0 ? 0 : CardProfile.max(call.vec(t), card.closings);
            if (s > closing) {
                closing = s;
                closingTurn = t.index();
            }
        }
        boolean closed = closing >= CLOSING;
        Ending end = call.transcript.end();
        String closingPart = closed ? "closing line at turn " + closingTurn : "no card closing line at the end";
        if (end == null || end.reason() == null) {
            // a plain-text call log: how it ended was not recorded, so only the closing counts
            return Item.of(closed ? 1 : (call.transcript.end() == null ? 0.5 : 0), closingTurn == null ? List.of() : List.of(closingTurn),
                    closingPart + "; ending not recorded");
        }
        if (end.reason() != EndReason.END_CONDITION) {
            return Item.of(closed ? 0.25 : 0, List.of(), closingPart + "; incomplete call (" + end.reason().id() + ")");
        }
        double plausible = 0;
        Turn where = null;
        float[] cond = card.embedder.embed(end.conditionText());
        List<Turn> last = call.turns.subList(Math.max(0, call.turns.size() - 4), call.turns.size());
        for (Turn t : last) {
            double s = Embedder.cosine(call.vec(t), cond);
            if (s > plausible) {
                plausible = s;
                where = t;
            }
        }
        boolean fits = plausible >= PLAUSIBLE;
        double score = (closed || end.by() == Role.CALLEE ? 0.5 : 0) + (fits ? 0.5 : 0.2);
        return Item.of(score, where == null ? List.of() : List.of(where.index()),
                (end.by() == Role.CALLEE ? "callee hung up (no closing needed)" : closingPart) + "; " + end.by().id()
                        + " condition " + end.condition() + (fits ? " is borne out" : String.format(" is not borne out by the last turns (%.2f)", plausible)));
    }
}
