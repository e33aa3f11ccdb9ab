package dev.rolecall.report;

import dev.rolecall.transcript.Transcript;
import java.util.List;

/**
 * One call with its scorecard read once: the report makes several passes over 10,000 calls and
 * should not walk the JSON tree on each.
 *
 * @param overall 0..100, or null when the call is unscored
 * @param values  one 0..1 value per {@link Metrics} entry, NaN where absent
 */
record Scored(Transcript call, Double overall, double[] values) {

    static List<Scored> of(List<Transcript> calls, Metrics metrics) {
        return calls.stream().map(t -> new Scored(t, ScoreView.overall(t), metrics.values(t))).toList();
    }

    static double[] overalls(List<Scored> calls) {
        return calls.stream().filter(s -> s.overall() != null).mapToDouble(Scored::overall).toArray();
    }

    static double[] column(List<Scored> calls, int metric) {
        return calls.stream().mapToDouble(s -> s.values()[metric]).filter(x -> !Double.isNaN(x)).toArray();
    }
}
