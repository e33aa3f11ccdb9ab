package dev.rolecall.report;

import dev.rolecall.scoring.Scorecard;
import dev.rolecall.scoring.StepResult;
import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place the report reads a transcript's scorecard, through the typed {@link Scorecard}:
 * an unscored call, or a scorecard from an older version, yields empty values instead of failing
 * the report.
 */
final class ScoreView {
    private ScoreView() {}

    record Fact(int turn, String said, String card) {}

    /** One script step: 1 covered, 0.5 skipped with a reason, 0 missed. */
    record Step(int number, String title, double value) {}

    /** The last call read: callers ask several questions of one call in a row. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static Optional<Scorecard> card(Transcript t) {
        Object[] last = LAST.get();
        if (last[0] != t) {
            Optional<Scorecard> read;
            try {
                read = Scorecard.of(t);
            } catch (IllegalArgumentException e) {
                read = Optional.empty(); // a scorecard of another shape: the report shows the call unscored
            }
            last[0] = t;
            last[1] = read;
        }
        @SuppressWarnings("unchecked")
        Optional<Scorecard> card = (Optional<Scorecard>) last[1];
        return card;
    }

    static Double overall(Transcript t) {
        return card(t).map(Scorecard::overall).orElse(null);
    }

    /** Item name → 0..1 score, in scorecard order. */
    static Map<String, Double> items(Transcript t) {
        Map<String, Double> out = new LinkedHashMap<>();
        card(t).ifPresent(c -> c.items().forEach((name, item) -> {
            if (item.score() != null) {
                out.put(name, item.score());
            }
        }));
        return out;
    }

    /** An item's score with the scorer's reason and the turns it points at. */
    record Finding(String item, double score, String reason, List<Integer> evidence) {}

    /** Every scored item with its reason, in scorecard order: what the viewer says about one call. */
    static List<Finding> findings(Transcript t) {
        List<Finding> out = new ArrayList<>();
        card(t).ifPresent(c -> c.items().forEach((name, item) -> {
            if (item.score() != null) {
                out.add(new Finding(name, item.score(), item.reason() == null ? "" : item.reason(), item.evidence()));
            }
        }));
        return out;
    }

    /** Script steps in card order; empty when unscored. */
    static List<Step> steps(Transcript t) {
        List<Step> out = new ArrayList<>();
        card(t).ifPresent(c -> c.steps().forEach(s -> {
            String status = s.status() == null ? "" : s.status();
            double v = status.equals(StepResult.COVERED) ? 1 : status.startsWith("skipped") ? 0.5 : 0;
            out.add(new Step(s.number(), s.title() == null ? "" : s.title(), v));
        }));
        return out;
    }

    /** Why the overall score was capped (invented facts, promises, an unborne ending); empty if none. */
    static List<String> critical(Transcript t) {
        return card(t).map(Scorecard::critical).orElse(List.of());
    }

    static List<Fact> invented(Transcript t) {
        return card(t).map(c -> c.invented().stream().map(f -> new Fact(f.turn(), f.said() == null ? "" : f.said(),
                f.card() == null ? "" : f.card())).toList()).orElse(List.of());
    }

    /** Turn indexes the scorecard points at as evidence of a problem (highlighted in the viewer). */
    static Set<Integer> flaggedTurns(Transcript t) {
        Set<Integer> out = new HashSet<>();
        invented(t).forEach(f -> out.add(f.turn()));
        card(t).ifPresent(c -> out.addAll(c.monologues()));
        return out;
    }
}
