package dev.rolecall.scoring;

import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.Turn;
import java.util.List;

/**
 * A card closing line at the end, and a legitimate ending. The closing must be one of the caller's
 * last two turns (never its opening) and the call must not end over the customer's unanswered
 * question. The ending must be a card end condition whose content actually shows up near the end
 * of the call. Calls cut by max turns, loops or errors are incomplete.
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
        // the opening is never the closing, even in a two-line log
        for (Turn t : caller.subList(Math.min(caller.size(), Math.max(1, caller.size() - 2)), caller.size())) {
            double s = card.closings.length == 0 ? 0 : CardProfile.max(call.vec(t), card.closings);
            if (s > closing) {
                closing = s;
                closingTurn = t.index();
            }
        }
        boolean closed = closing >= CLOSING;
        Turn open = QuestionHandling.lastUnansweredQuestion(call, card);
        String openPart = open == null ? "" : "; ends over the customer's open question at turn " + open.index();
        Ending end = call.transcript.end();
        String closingPart = (closed ? "closing line at turn " + closingTurn : "no card closing line at the end") + openPart;
        double penalty = open == null ? 1 : 0.5;
        if (end == null || end.reason() == null) {
            // a plain-text call log: how it ended was not recorded, so only the closing counts
            return Item.of(penalty * (closed ? 1 : 0.5), closingTurn == null ? List.of() : List.of(closingTurn),
                    closingPart + "; ending not recorded");
        }
        if (end.reason() != EndReason.END_CONDITION) {
            return Item.of(closed ? 0.25 : 0, List.of(), closingPart + "; incomplete call (" + end.reason().id() + ")");
        }
        Plausibility p = plausibility(call, card, end);
        boolean fits = p.score() >= PLAUSIBLE;
        double score = penalty * ((closed || end.by() == Role.CALLEE ? 0.5 : 0) + (fits ? 0.5 : 0.2));
        return Item.of(score, p.turn() == null ? List.of() : List.of(p.turn()),
                (end.by() == Role.CALLEE ? "callee hung up (no closing needed)" + openPart : closingPart) + "; "
                        + end.by().id() + " condition " + end.condition() + (fits ? " is borne out"
                        : String.format(" is not borne out by the last turns (%.2f)", p.score())));
    }

    /** A critical error when the call ended by a condition its last turns do not bear out, else null. */
    static String unsupportedEnding(ScoredCall call, CardProfile card) {
        Ending end = call.transcript.end();
        if (end == null || end.reason() != EndReason.END_CONDITION || end.by() == null) {
            return null;
        }
        Plausibility p = plausibility(call, card, end);
        if (p.score() >= PLAUSIBLE) {
            return null;
        }
        return String.format("ending not borne out: %s condition %d (%s) does not match the last turns (%.2f)",
                end.by().id(), end.condition(), conditionText(card, end), p.score());
    }

    private record Plausibility(double score, Integer turn) {}

    /** How well the last turns bear out the condition (cosine of the best of the last four with its words). */
    private static Plausibility plausibility(ScoredCall call, CardProfile card, Ending end) {
        String text = conditionText(card, end);
        if (text == null || text.isBlank()) {
            return new Plausibility(0, null);
        }
        float[] cond = card.embedder.embed(text);
        double best = 0;
        Integer where = null;
        for (Turn t : call.turns.subList(Math.max(0, call.turns.size() - 4), call.turns.size())) {
            double s = Embedder.cosine(call.vec(t), cond);
            if (s > best) {
                best = s;
                where = t.index();
            }
        }
        return new Plausibility(best, where);
    }

    /** The condition's words: recorded with the call, or looked up on the card (plain-text logs record only n). */
    private static String conditionText(CardProfile card, Ending end) {
        if (end.conditionText() != null) {
            return end.conditionText();
        }
        if (end.by() == null || end.condition() == null) {
            return null;
        }
        return card.card.side(end.by()).endCondition(end.condition()).map(EndCondition::text).orElse(null);
    }
}
