package dev.rolecall.report;

import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 0..1 numbers a scorecard gives each call, flattened to one list the whole report shares:
 * scorecard items (opening, steps, …) in scorecard order, then each script step by number. The
 * items table, the heatmap, the A/B panel and the viewer's item filter all index this list, so a
 * row in one means the same thing in the others.
 */
final class Metrics {

    /** @param key stable id used by the viewer ("opening", "step 3"); @param label what a reader sees */
    record Metric(String key, String label) {}

    private final List<Metric> list;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    private Metrics(List<Metric> list) {
        this.list = List.copyOf(list);
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).key(), i);
        }
    }

    static Metrics of(List<List<Transcript>> batches) {
        Map<String, Metric> items = new LinkedHashMap<>();
        Map<Integer, Metric> steps = new TreeMap<>();
        for (List<Transcript> calls : batches) {
            for (Transcript t : calls) {
                ScoreView.items(t).keySet().forEach(k -> items.computeIfAbsent(k, x -> new Metric(x, x)));
                for (ScoreView.Step s : ScoreView.steps(t)) {
                    steps.computeIfAbsent(s.number(), n -> new Metric(stepKey(n), stepLabel(n, s.title())));
                }
            }
        }
        List<Metric> all = new ArrayList<>(items.values());
        all.addAll(steps.values());
        return new Metrics(all);
    }

    List<Metric> list() {
        return list;
    }

    int size() {
        return list.size();
    }

    /** This call's value per metric, NaN where the call has none (unscored, or a step the card lacks). */
    double[] values(Transcript t) {
        double[] v = new double[list.size()];
        Arrays.fill(v, Double.NaN);
        ScoreView.items(t).forEach((k, x) -> put(v, k, x));
        ScoreView.steps(t).forEach(s -> put(v, stepKey(s.number()), s.value()));
        return v;
    }

    private void put(double[] v, String key, double x) {
        Integer i = index.get(key);
        if (i != null) {
            v[i] = x;
        }
    }

    private static String stepKey(int n) {
        return "step " + n;
    }

    private static String stepLabel(int n, String title) {
        String t = title == null || title.isBlank() ? "" : " " + (title.length() > 14 ? title.substring(0, 13) + "…" : title);
        return "step " + n + t;
    }
}
