package dev.rolecall.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Per-item means with a 95% interval and n, worst first: the table a team lead reads to learn which
 * items fail. Each row links to the viewer filtered to the calls that fail that item, worst first.
 */
final class ItemTable {
    private ItemTable() {}

    /** Below this an item counts as failed in a call (scores are 0..1; a skipped step is 0.5). */
    static final double FAIL = 0.5;

    /** @param imperfect calls scoring below 1: what "worst calls" lists for an item no call fails outright */
    record Row(int metric, Metrics.Metric m, Stats.Mean mean, int failing, int imperfect) {}

    static List<Row> rows(List<Scored> calls, Metrics metrics) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            double[] x = Scored.column(calls, i);
            if (x.length == 0) {
                continue;
            }
            int failing = (int) java.util.Arrays.stream(x).filter(v -> v < FAIL).count();
            int imperfect = (int) java.util.Arrays.stream(x).filter(v -> v < 1).count();
            rows.add(new Row(i, metrics.list().get(i), Stats.mean(x), failing, imperfect));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.mean().mean()).thenComparingInt(Row::metric));
        return rows;
    }

    static String html(List<Scored> calls, Metrics metrics, int input) {
        List<Row> rows = rows(calls, metrics);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h3>Items, worst first</h3><p class=\"note\">mean of 0..1 scores with a 95% "
                + "interval (Student t); failing: calls scoring below " + Svg.fmt(FAIL)
                + " on the item. “worst calls” opens the viewer on them (or, when none fails, on the calls below 1).</p>"
                + "<table class=\"items\"><tr><th>item</th><th>n</th><th>mean</th><th>95% CI</th><th></th>"
                + "<th>failing</th><th></th></tr>");
        for (Row r : rows) {
            Stats.Mean m = r.mean();
            sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.3f</td><td>%.3f – %.3f</td><td>%s</td>"
                            + "<td>%d (%.0f%%)</td><td>%s</td></tr>",
                    Html.esc(r.m().label()), m.n(), m.mean(), m.lo(), m.hi(), Svg.interval(m.mean(), m.lo(), m.hi(), 0, 1),
                    r.failing(), 100.0 * r.failing() / m.n(), button(r, input)));
        }
        return sb.append("</table>").toString();
    }

    private static String button(Row r, int input) {
        if (r.imperfect() == 0) {
            return "";
        }
        double below = r.failing() > 0 ? FAIL : 1;
        return "<button class=\"show\" data-input=\"" + input + "\" data-metric=\"" + r.metric() + "\" data-below=\""
                + Svg.fmt(below) + "\" title=\"the calls scoring below " + Svg.fmt(below) + " on this item, worst first\">"
                + "worst calls</button>";
    }
}
