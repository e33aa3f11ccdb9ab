package dev.rolecall.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place the report reads a transcript's scorecard JSON, defensively: an unscored call, or a
 * scorecard from an older version, yields empty values instead of failing the report. Should the
 * score become a typed record, only this class changes.
 */
final class ScoreView {
    private ScoreView() {}

    record Fact(int turn, String said, String card) {}

    /** One script step: 1 covered, 0.5 skipped with a reason, 0 missed. */
    record Step(int number, String title, double value) {}

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

    /** An item's score with the scorer's reason and the turns it points at. */
    record Finding(String item, double score, String reason, List<Integer> evidence) {}

    /** Every scored item with its reason, in scorecard order: what the viewer says about one call. */
    static List<Finding> findings(Transcript t) {
        List<Finding> out = new ArrayList<>();
        JsonNode items = t.score() == null ? null : t.score().path("items");
        if (items != null && items.isObject()) {
            items.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.path("score").isNumber()) {
                    List<Integer> ev = new ArrayList<>();
                    v.path("evidence").forEach(n -> ev.add(n.asInt()));
                    out.add(new Finding(e.getKey(), v.get("score").asDouble(), v.path("reason").asText(""), ev));
                }
            });
        }
        return out;
    }

    /** Script steps in card order; empty when unscored. */
    static List<Step> steps(Transcript t) {
        List<Step> out = new ArrayList<>();
        JsonNode steps = t.score() == null ? null : t.score().path("steps");
        if (steps != null && steps.isArray()) {
            for (JsonNode s : steps) {
                String status = s.path("status").asText("");
                double v = status.equals("covered") ? 1 : status.startsWith("skipped") ? 0.5 : 0;
                out.add(new Step(s.path("number").asInt(), s.path("title").asText(""), v));
            }
        }
        return out;
    }

    /** Why the overall score was capped (invented facts, promises, an unborne ending); empty if none. */
    static List<String> critical(Transcript t) {
        List<String> out = new ArrayList<>();
        JsonNode c = t.score() == null ? null : t.score().path("critical");
        if (c != null && c.isArray()) {
            c.forEach(n -> out.add(n.asText()));
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
    static Set<Integer> flaggedTurns(Transcript t) {
        Set<Integer> out = new HashSet<>();
        invented(t).forEach(f -> out.add(f.turn()));
        JsonNode mono = t.score() == null ? null : t.score().path("monologues");
        if (mono != null && mono.isArray()) {
            mono.forEach(n -> out.add(n.asInt()));
        }
        return out;
    }
}
