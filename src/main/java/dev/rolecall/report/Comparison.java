package dev.rolecall.report;

import java.util.List;
import java.util.Locale;

/**
 * A vs B: per item n and mean on each side, B − A with a 95% Welch interval. A change is coloured
 * only when its interval excludes 0; +0.000, or any gap the noise could explain, stays neutral.
 * The files need not share seeds; {@code rolecall compare} gives the tighter paired test when they do.
 */
final class Comparison {
    private Comparison() {}

    static String html(String labelA, List<Scored> a, String labelB, List<Scored> b, Metrics metrics) {
        StringBuilder sb = new StringBuilder("<section><h2>").append(Html.esc(labelA)).append(" vs ")
                .append(Html.esc(labelB)).append("</h2><p class=\"note\">B − A with a 95% interval (Welch, unpaired). "
                        + "Green or red only when the interval excludes 0; grey: no evidence of a change.</p>"
                        + "<table class=\"ab\"><tr><th>item</th><th>n A</th><th>A</th><th>n B</th><th>B</th>"
                        + "<th>B − A</th><th>95% CI</th><th></th></tr>");
        row(sb, "overall (0–100)", Scored.overalls(a), Scored.overalls(b), 100);
        for (int m = 0; m < metrics.size(); m++) {
            row(sb, metrics.list().get(m).label(), Scored.column(a, m), Scored.column(b, m), 1);
        }
        return sb.append("</table></section>").toString();
    }

    private static void row(StringBuilder sb, String label, double[] a, double[] b, double scale) {
        if (a.length == 0 || b.length == 0) {
            return;
        }
        Stats.Diff d = Stats.welch(a, b);
        String cls = d.spansZero() ? "same" : d.lo() > 0 ? "up" : "down";
        String ci = Double.isInfinite(d.lo()) ? "n too small"
                : String.format(Locale.ROOT, "%+.3f … %+.3f", d.lo(), d.hi());
        sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.3f</td><td>%d</td><td>%.3f</td>"
                        + "<td class=\"%s\">%+.3f</td><td class=\"%s\">%s</td><td>%s</td></tr>",
                Html.esc(label), d.nA(), mean(a), d.nB(), mean(b), cls, d.diff(), cls, ci,
                Double.isInfinite(d.lo()) ? "" : Svg.interval(d.diff(), d.lo(), d.hi(), -scale / 4, scale / 4)));
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElse(Double.NaN);
    }
}
