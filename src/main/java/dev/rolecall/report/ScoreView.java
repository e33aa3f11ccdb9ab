package dev.rolecall.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the report needs out of a transcript's scorecard JSON, defensively: an unscored
 * call, or a scorecard from an older version, yields empty values instead of failing the report.
 */
final class ScoreView {
    private ScoreView() {}

    record Fact(int turn, String said, String card) {}

    static Double overall(Transcript t) {
        JsonNode s = t.score();
        return s != null && s.path("overall").isNumber() ? s.get("overall").asDouble() : null;
    }

    /** Item name → 0..1 score, in scorecard order. */
    static Map<String, Double> items(Transcript t) {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode items = t.score() == null ? null : t.score().path("items");
        if (items != null && items.isObject()) {
            items.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue().path("score");
                if (v.isNumber()) {
                    out.put(e.getKey(), v.asDouble());
                }
            });
        }
        return out;
    }

    /** Step number → 1 covered, 0.5 skipped with reason, 0 missed; empty when unscored. */
    static Map<Integer, Double> steps(Transcript t) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        JsonNode steps = t.score() == null ? null : t.score().path("steps");
        if (steps != null && steps.isArray()) {
            for (JsonNode s : steps) {
                String status = s.path("status").asText("");
                double v = status.equals("covered") ? 1 : status.startsWith("skipped") ? 0.5 : 0;
                out.put(s.path("number").asInt(), v);
            }
        }
        return out;
    }

    static List<Fact> invented(Transcript t) {
        List<Fact> out = new ArrayList<>();
        JsonNode facts = t.score() == null ? null : t.score().path("invented");
        if (facts != null && facts.isArray()) {
            for (JsonNode f : facts) {
                out.add(new Fact(f.path("turn").asInt(), f.path("said").asText(""), f.path("card").asText("")));
            }
        }
        return out;
    }

    /** Turn indexes the scorecard points at as evidence of a problem (highlighted in the viewer). */
    static java.util.Set<Integer> flaggedTurns(Transcript t) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        invented(t).forEach(f -> out.add(f.turn()));
        JsonNode mono = t.score() == null ? null : t.score().path("monologues");
        if (mono != null && mono.isArray()) {
            mono.forEach(n -> out.add(n.asInt()));
        }
        return out;
    }
}
