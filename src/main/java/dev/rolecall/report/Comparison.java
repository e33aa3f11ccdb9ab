package dev.rolecall.report;

import dev.rolecall.compare.PairedComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A vs B: per item n and mean on each side, B − A with a 95% interval. When the two files hold the
 * same seeds (as {@code compare} writes them) the calls are paired by seed and the interval is the
 * paired bootstrap {@code compare} uses, which removes the seed's own variance; otherwise it is
 * Welch's unpaired interval. A change is coloured only when its interval excludes 0: +0.000, or any
 * gap the noise could explain, stays neutral.
 */
final class Comparison {
    private Comparison() {}

    /** Share of the larger file that must pair by seed before the comparison is made on pairs. */
    static final double PAIRED_SHARE = 0.9;

    static String html(String labelA, List<Scored> a, String labelB, List<Scored> b, Metrics metrics) {
        List<Scored[]> pairs = pairs(a, b);
        boolean paired = pairs.size() >= 2 && pairs.size() >= PAIRED_SHARE * Math.max(a.size(), b.size());
        StringBuilder sb = new StringBuilder("<section><h2>").append(Html.esc(labelA)).append(" vs ")
                .append(Html.esc(labelB)).append("</h2><p class=\"note\">B − A with a 95% interval, ")
                .append(paired ? "paired by seed (" + pairs.size() + " seeds in both files; bootstrap)"
                        : "unpaired (Welch): the files do not hold the same seeds")
                .append(". Green or red only when the interval excludes 0; grey: no evidence of a change.</p>"
                        + "<table class=\"ab\"><tr><th>item</th><th>n A</th><th>A</th><th>n B</th><th>B</th>"
                        + "<th>B − A</th><th>95% CI</th><th></th></tr>");
        row(sb, "overall (0–100)", a, b, pairs, paired, s -> s.overall() == null ? Double.NaN : s.overall(), 100);
        for (int m = 0; m < metrics.size(); m++) {
            int k = m;
            row(sb, metrics.list().get(m).label(), a, b, pairs, paired, s -> s.values()[k], 1);
        }
        return sb.append("</table></section>").toString();
    }

    private static void row(StringBuilder sb, String label, List<Scored> a, List<Scored> b, List<Scored[]> pairs,
                            boolean paired, ToDoubleFunction<Scored> value, double scale) {
        double[] xa;
        double[] xb;
        Stats.Diff d;
        if (paired) {
            List<double[]> both = new ArrayList<>();
            for (Scored[] p : pairs) {
                double va = value.applyAsDouble(p[0]);
                double vb = value.applyAsDouble(p[1]);
                if (!Double.isNaN(va) && !Double.isNaN(vb)) {
                    both.add(new double[] {va, vb});
                }
            }
            xa = both.stream().mapToDouble(x -> x[0]).toArray();
            xb = both.stream().mapToDouble(x -> x[1]).toArray();
            PairedComparison c = xa.length < 2 ? null : PairedComparison.of(label, xa, xb);
            d = c == null ? Stats.welch(xa, xb) : new Stats.Diff(c.n(), c.n(), c.diff(), c.ciLow(), c.ciHigh());
        } else {
            xa = a.stream().mapToDouble(value).filter(x -> !Double.isNaN(x)).toArray();
            xb = b.stream().mapToDouble(value).filter(x -> !Double.isNaN(x)).toArray();
            d = Stats.welch(xa, xb);
        }
        if (xa.length == 0 || xb.length == 0) {
            return;
        }
        String cls = d.spansZero() ? "same" : d.lo() > 0 ? "up" : "down";
        String ci = Double.isInfinite(d.lo()) ? "n too small"
                : String.format(Locale.ROOT, "%+.3f … %+.3f", d.lo(), d.hi());
        sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.3f</td><td>%d</td><td>%.3f</td>"
                        + "<td class=\"%s\">%+.3f</td><td class=\"%s\">%s</td><td>%s</td></tr>",
                Html.esc(label), d.nA(), mean(xa), d.nB(), mean(xb), cls, d.diff(), cls, ci,
                Double.isInfinite(d.lo()) ? "" : Svg.interval(d.diff(), d.lo(), d.hi(), -scale / 4, scale / 4)));
    }

    /** Calls of A and B with the same seed, the first of each seed on each side. */
    static List<Scored[]> pairs(List<Scored> a, List<Scored> b) {
        Map<Long, Scored> bySeed = new LinkedHashMap<>();
        b.forEach(s -> bySeed.putIfAbsent(s.call().seed(), s));
        Map<Long, Scored[]> out = new LinkedHashMap<>();
        for (Scored s : a) {
            Scored other = bySeed.get(s.call().seed());
            if (other != null) {
                out.putIfAbsent(s.call().seed(), new Scored[] {s, other});
            }
        }
        return new ArrayList<>(out.values());
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElse(Double.NaN);
    }
}
