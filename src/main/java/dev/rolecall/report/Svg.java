package dev.rolecall.report;

import java.util.List;
import java.util.Locale;

/** Tiny inline-SVG charts, so the report needs no script library and no network. */
final class Svg {
    private Svg() {}

    record Bar(String label, double value, String title) {}

    /** Horizontal bars with labels, scaled to the largest value. */
    static String bars(List<Bar> bars, String color) {
        int rowH = 22;
        int labelW = 330;
        int width = 720;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">", width,
                rowH * bars.size() + 4));
        int y = 2;
        for (Bar b : bars) {
            double w = max <= 0 ? 0 : (width - labelW - 60) * b.value() / max;
            sb.append(String.format(Locale.ROOT,
                    "<g><title>%s</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text></g>",
                    Html.esc(b.title()), labelW - 6, y + 15, Html.esc(b.label()), labelW, y + 2, w, rowH - 6, color,
                    labelW + w + 4, y + 15, Html.esc(fmt(b.value()))));
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /**
     * Vertical histogram of values in [lo, hi] in {@code buckets} bins, with a y-axis of call counts
     * (ticks at round numbers) so two inputs' charts can be read off, not just eyeballed.
     */
    static String histogram(double[] values, double lo, double hi, int buckets, String color, String xLabel) {
        int[] counts = new int[buckets];
        for (double v : values) {
            int i = (int) Math.floor((v - lo) / (hi - lo) * buckets);
            counts[Math.max(0, Math.min(buckets - 1, i))]++;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double step = niceStep(max / 4.0);
        double top = Math.ceil(max / step) * step;
        int left = 56;
        int width = 700;
        int plotH = 180;
        int y0 = 8;
        double barW = (width - left - 10) / (double) buckets;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">", width, plotH + y0 + 40));
        for (double t = 0; t <= top + 1e-9; t += step) {
            double y = y0 + plotH - plotH * t / top;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", left, width - 10, y, y, left - 6, y + 4,
                    fmt(t)));
        }
        for (int i = 0; i < buckets; i++) {
            double h = plotH * counts[i] / top;
            double from = lo + (hi - lo) * i / buckets;
            double to = lo + (hi - lo) * (i + 1) / buckets;
            double x = left + i * barW;
            sb.append(String.format(Locale.ROOT,
                    "<g><title>%s–%s: %d calls</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/></g>",
                    fmt(from), fmt(to), counts[i], x + 1, y0 + plotH - h, barW - 2, h, color));
            if (i % Math.max(1, buckets / 10) == 0) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x, y0 + plotH + 16, fmt(from)));
            }
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
                        + "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">calls</text>",
                left + (width - left) / 2, y0 + plotH + 34, Html.esc(xLabel), y0 + plotH / 2, y0 + plotH / 2));
        return sb.append("</svg>").toString();
    }

    /** 1, 2 or 5 × a power of ten, at least {@code raw}: axis ticks a reader can add up. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A mean with its interval on a [min, max] scale, small enough for a table cell. */
    static String interval(double mean, double lo, double hi, double min, double max) {
        int w = 160;
        java.util.function.DoubleUnaryOperator x = v -> 4 + (w - 8) * (Math.max(min, Math.min(max, v)) - min) / (max - min);
        // a tick at 0 on a scale that straddles it: whether the interval crosses it is the whole question
        String zero = min < 0 && max > 0 ? String.format(Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"1\" y2=\"13\" class=\"axis\"/>", x.applyAsDouble(0), x.applyAsDouble(0)) : "";
        return String.format(Locale.ROOT, "<svg class=\"ci\" width=\"%d\" height=\"14\"><line x1=\"4\" x2=\"%d\" y1=\"7\" "
                        + "y2=\"7\" class=\"axis\"/>%s<line x1=\"%.1f\" x2=\"%.1f\" y1=\"7\" y2=\"7\" class=\"range\"/>"
                        + "<circle cx=\"%.1f\" cy=\"7\" r=\"3.5\"/></svg>",
                w, w - 4, zero, x.applyAsDouble(lo), x.applyAsDouble(hi), x.applyAsDouble(mean));
    }

    /**
     * Rows × columns of 0..1 cells (NaN = not applicable) drawn at a fixed width: the columns are
     * stretched or squeezed to fit, so the page never scrolls sideways whatever the batch size.
     * Each cell carries its column number ({@code data-c}); {@code svgAttributes} (already escaped)
     * go on the svg element, e.g. what a click on a column should do.
     */
    static String heatmap(List<String> rows, List<String> columnTitles, double[][] cells, int width, String svgAttributes) {
        int labelW = 230;
        int rowH = 20;
        double cell = (width - labelW - 4) / (double) Math.max(1, columnTitles.size());
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\"%s>", width, rowH * rows.size() + 4,
                svgAttributes));
        for (int r = 0; r < rows.size(); r++) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6,
                    r * rowH + 15, Html.esc(rows.get(r))));
            for (int c = 0; c < columnTitles.size(); c++) {
                double v = cells[r][c];
                String fill = Double.isNaN(v) ? "#eee" : String.format(Locale.ROOT, "hsl(%d,65%%,%d%%)",
                        (int) (120 * v), 45 + (int) (15 * (1 - v)));
                sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\" data-c=\"%d\"><title>%s · %s: %s</title></rect>",
                        labelW + c * cell, r * rowH + 2, Math.max(cell - (cell > 3 ? 1 : 0), 0.5), fill, c, Html.esc(rows.get(r)),
                        Html.esc(columnTitles.get(c)), Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v)));
            }
        }
        return sb.append("</svg>").toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
