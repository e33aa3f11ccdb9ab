package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.Locale;

/**
 * Errors of meaning the rules cannot read (热敷 for the card's 冷敷 without the word pair, a policy
 * the card never states, "your son can let the technician in" against "someone over 18"), as a
 * second opinion quotes them. A quote counts only when it is the caller's own words in the turn it
 * names, so a judge that makes a quote up cannot fail a call; each one that counts is a critical
 * error, marked as the judge's, and caps the overall score like the rules' own.
 */
public final class JudgedErrors {
    private JudgedErrors() {}

    /** Adds the judge's verified errors to the scorecard's critical list and caps its overall; records the dropped ones. */
    public static void apply(ObjectNode score, ObjectNode judge, Transcript t, Weights weights) {
        JsonNode errors = judge.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return;
        }
        ArrayNode critical = score.withArray("critical");
        ArrayNode dropped = judge.putArray("unverified");
        int counted = 0;
        for (JsonNode e : errors) {
            String quote = e.path("quote").asText("").strip();
            Turn turn = callerTurn(t, e.path("turn").asInt(-1), quote);
            if (turn == null) {
                dropped.add(e);
                continue;
            }
            critical.add("judge: turn " + turn.index() + ": " + e.path("kind").asText("error") + ": " + quote
                    + (e.path("card").asText("").isBlank() ? "" : " (card: " + e.path("card").asText() + ")"));
            counted++;
        }
        if (counted > 0) {
            score.put("overall", Math.min(score.path("overall").asDouble(), weights.criticalCap()));
        }
    }

    /** The caller turn that says the quote: the one named, or else the only one that does. */
    private static Turn callerTurn(Transcript t, int named, String quote) {
        String q = squeeze(quote);
        if (q.length() < 2) {
            return null;
        }
        Turn only = null;
        int found = 0;
        for (Turn turn : t.turns()) {
            if (turn.speaker() == Role.CALLER && squeeze(turn.text()).contains(q)) {
                if (turn.index() == named) {
                    return turn;
                }
                only = turn;
                found++;
            }
        }
        return found == 1 ? only : null;
    }

    /** Quotes differ from the turn in spaces and case only. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
