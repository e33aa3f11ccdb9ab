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

    /** Vertical histogram of values in [lo, hi] in {@code buckets} bins. */
    static String histogram(double[] values, double lo, double hi, int buckets, String color) {
        int[] counts = new int[buckets];
        for (double v : values) {
            int i = (int) Math.floor((v - lo) / (hi - lo) * buckets);
            counts[Math.max(0, Math.min(buckets - 1, i))]++;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int width = 640;
        int height = 180;
        int barW = (width - 40) / buckets;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">", width, height + 24));
        for (int i = 0; i < buckets; i++) {
            double h = (height - 10) * counts[i] / (double) max;
            double from = lo + (hi - lo) * i / buckets;
            double to = lo + (hi - lo) * (i + 1) / buckets;
            sb.append(String.format(Locale.ROOT,
                    "<g><title>%s–%s: %d calls</title><rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/></g>",
                    fmt(from), fmt(to), counts[i], 20 + i * barW, height - h, barW - 2, h, color));
            if (i % Math.max(1, buckets / 10) == 0) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", 20 + i * barW,
                        height + 16, fmt(from)));
            }
        }
        return sb.append("</svg>").toString();
    }

    /** Rows × columns of 0..1 cells (null = not applicable), e.g. script steps × calls. */
    static String heatmap(List<String> rows, List<String> columns, Double[][] cells) {
        int cell = columns.size() > 120 ? 4 : columns.size() > 60 ? 8 : 14;
        int labelW = 200;
        int width = labelW + cell * columns.size() + 10;
        int height = 20 * rows.size() + 4;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">", width, height));
        for (int r = 0; r < rows.size(); r++) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6,
                    r * 20 + 15, Html.esc(rows.get(r))));
            for (int c = 0; c < columns.size(); c++) {
                Double v = cells[r][c];
                String fill = v == null ? "#eee" : String.format(Locale.ROOT, "hsl(%d,65%%,%d%%)",
                        (int) (120 * v), 45 + (int) (15 * (1 - v)));
                sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"><title>%s · %s: %s</title></rect>",
                        labelW + c * cell, r * 20 + 2, Math.max(cell - 1, 1), fill, Html.esc(rows.get(r)),
                        Html.esc(columns.get(c)), v == null ? "n/a" : fmt(v)));
            }
        }
        return sb.append("</svg>").toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
