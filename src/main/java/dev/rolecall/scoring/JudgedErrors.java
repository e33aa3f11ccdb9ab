package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
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
        List<FactFlag> counted = new ArrayList<>();
        List<JsonNode> dropped = new ArrayList<>();
        sort(judge, t, counted, dropped);
        if (!judge.path("errors").isArray() || judge.path("errors").isEmpty()) {
            return;
        }
        judge.putArray("unverified").addAll(dropped);
        ArrayNode critical = score.withArray("critical");
        counted.forEach(f -> critical.add(line(f)));
        if (!counted.isEmpty()) {
            score.put("overall", Math.min(score.path("overall").asDouble(), weights.capFor(critical.size())));
        }
    }

    /** The judge's errors whose quote is the caller's own words, as flags of type {@code judge:KIND}. */
    public static List<FactFlag> verified(JsonNode judge, Transcript t) {
        List<FactFlag> out = new ArrayList<>();
        sort(judge, t, out, new ArrayList<>());
        return out;
    }

    /** Each quoted error either counts (the caller said it in that turn) or is dropped. */
    private static void sort(JsonNode judge, Transcript t, List<FactFlag> counted, List<JsonNode> dropped) {
        for (JsonNode e : judge.path("errors")) {
            String quote = e.path("quote").asText("").strip();
            Turn turn = callerTurn(t, e.path("turn").asInt(-1), quote);
            if (turn == null) {
                dropped.add(e);
            } else {
                counted.add(new FactFlag(turn.index(), "judge:" + e.path("kind").asText("error"), quote, e.path("card").asText("")));
            }
        }
    }

    /** How a counted error reads in the critical list. */
    public static String line(FactFlag f) {
        return "judge: turn " + f.turn() + ": " + f.type().substring("judge:".length()) + ": " + f.said()
                + (f.card().isBlank() ? "" : " (card: " + f.card() + ")");
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
