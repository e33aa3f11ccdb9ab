package dev.rolecall.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Items and script steps × calls ranked by overall score, worst on the left. With more calls than
 * {@link #MAX_COLUMNS} each column is the mean over a run of neighbouring ranks, so 10,000 calls
 * fit the page as well as 20 do, and the picture still shows which items the low scorers miss.
 */
final class CoverageMap {
    private CoverageMap() {}

    static final int MAX_COLUMNS = 120;
    static final int WIDTH = 1060;

    static String html(List<Scored> calls, Metrics metrics, int input) {
        List<Scored> ranked = new ArrayList<>(calls.stream().filter(s -> s.overall() != null).toList());
        if (ranked.isEmpty() || metrics.size() == 0) {
            return "";
        }
        ranked.sort(Comparator.comparingDouble(Scored::overall));
        int cols = Math.min(MAX_COLUMNS, ranked.size());
        double[][] cells = new double[metrics.size()][cols];
        List<String> titles = new ArrayList<>();
        // a click on a column lists its calls: the score range it spans, widened to the stored 0.1 steps
        List<String> ranges = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            // column c holds ranks [from, to): sizes differ by at most one
            int from = (int) ((long) c * ranked.size() / cols);
            int to = (int) ((long) (c + 1) * ranked.size() / cols);
            List<Scored> group = ranked.subList(from, to);
            for (int m = 0; m < metrics.size(); m++) {
                double[] x = Scored.column(group, m);
                cells[m][c] = x.length == 0 ? Double.NaN : java.util.Arrays.stream(x).average().orElse(Double.NaN);
            }
            ranges.add(String.format(Locale.ROOT, "%.1f,%.1f", Math.floor(group.get(0).overall() * 10) / 10,
                    Math.ceil(group.get(group.size() - 1).overall() * 10) / 10));
            titles.add(to - from == 1
                    ? String.format(Locale.ROOT, "rank %d, seed %d, score %.1f", from + 1, group.get(0).call().seed(),
                            group.get(0).overall())
                    : String.format(Locale.ROOT, "ranks %d–%d (%d calls), scores %.1f–%.1f", from + 1, to, to - from,
                            group.get(0).overall(), group.get(group.size() - 1).overall()));
        }
        String per = ranked.size() > cols
                ? String.format(Locale.ROOT, "; each column is the mean over about %d calls of neighbouring rank",
                        Math.round((double) ranked.size() / cols))
                : "";
        return "<h3>Items and steps × calls, worst score on the left</h3><p class=\"note\">" + ranked.size()
                + " scored calls ranked by overall score" + per + ". Green 1, yellow 0.5 (a step skipped with a reason),"
                + " red 0; hover a cell for its calls, click it to list them.</p>"
                + Svg.heatmap(metrics.list().stream().map(Metrics.Metric::label).toList(), titles, cells, WIDTH,
                        " data-input=\"" + input + "\" data-ranges=\"" + String.join(";", ranges) + "\"");
    }
}
