package dev.rolecall.report;

import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page over a whole batch: headline numbers, score distribution, items
 * worst first with 95% intervals, items × calls ranked by score, end conditions, invented facts, an
 * A vs B panel for two inputs, and a viewer over every call (worst first, filters, pages). No
 * external resource is referenced; every transcript string is escaped or set as text.
 */
public final class HtmlReport {

    /** A labelled set of calls, e.g. one file. */
    public record Input(String label, List<Transcript> calls) {}

    private HtmlReport() {}

    public static String render(List<Input> inputs) {
        Metrics metrics = Metrics.of(inputs.stream().map(Input::calls).toList());
        List<CallData.Input> scored = inputs.stream()
                .map(in -> new CallData.Input(in.label(), Scored.of(in.calls(), metrics))).toList();
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>rolecall report</title><style>")
                .append(CSS).append("</style></head><body><h1>rolecall report</h1>");
        for (int i = 0; i < scored.size(); i++) {
            section(sb, scored.get(i), metrics, i);
        }
        if (scored.size() == 2) {
            sb.append(Comparison.html(scored.get(0).label(), scored.get(0).calls(), scored.get(1).label(),
                    scored.get(1).calls(), metrics));
        }
        sb.append(Viewer.controls())
                .append("<script type=\"application/json\" id=\"call-data\">").append(CallData.json(scored, metrics))
                .append("</script><script>").append(Viewer.script()).append("</script></body></html>");
        return sb.toString();
    }

    private static void section(StringBuilder sb, CallData.Input in, Metrics metrics, int index) {
        List<Scored> calls = in.calls();
        long completed = calls.stream().filter(s -> s.call().end() != null && s.call().end().reason().completed()).count();
        long critical = calls.stream().filter(s -> !ScoreView.critical(s.call()).isEmpty()).count();
        double[] scores = Scored.overalls(calls);
        Stats.Mean mean = Stats.mean(scores);
        double meanTurns = calls.stream().mapToInt(s -> s.call().turns().size()).average().orElse(0);
        long tokens = calls.stream().map(Scored::call).filter(t -> t.totals() != null)
                .mapToLong(t -> nz(t.totals().promptTokens()) + nz(t.totals().completionTokens())).sum();
        sb.append("<section class=\"input\"><h2>").append(Html.esc(in.label())).append("</h2><div class=\"headline\">")
                .append(stat("calls", String.valueOf(calls.size())))
                .append(stat("ended by a card condition", pct(completed, calls.size())))
                .append(stat(scores.length == calls.size() ? "mean score, 95% CI" : "mean score of " + scores.length + " scored",
                        scores.length == 0 ? "not scored"
                                : String.format(Locale.ROOT, "%.1f ± %.1f", mean.mean(), mean.halfWidth())))
                .append(stat("with a critical finding", scores.length == 0 ? "–" : pct(critical, scores.length)))
                .append(stat("mean turns", String.format(Locale.ROOT, "%.1f", meanTurns)))
                .append(stat("tokens", String.valueOf(tokens))).append("</div>");
        if (scores.length > 0) {
            sb.append("<h3>Score distribution</h3>")
                    .append(Svg.histogram(scores, 0, 100, 20, "#3b7dd8", "overall score (0–100)"));
        }
        sb.append(ItemTable.html(calls, metrics, index))
                .append(CoverageMap.html(calls, metrics, index))
                .append("<h3>How calls ended</h3>").append(Svg.bars(endBars(calls), "#e08a2b"))
                .append(InventedFacts.html(calls)).append("</section>");
    }

    private static List<Svg.Bar> endBars(List<Scored> calls) {
        Map<String, Long> counts = new TreeMap<>(calls.stream().collect(Collectors.groupingBy(s -> endLabel(s.call()),
                Collectors.counting())));
        List<Svg.Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Svg.Bar(label, n, label)));
        return bars;
    }

    static String endLabel(Transcript t) {
        if (t.end() == null) {
            return "unknown";
        }
        if (t.end().reason() == EndReason.END_CONDITION) {
            String text = t.end().conditionText() == null ? "" : " " + t.end().conditionText();
            return t.end().by().id() + " " + t.end().condition() + (text.length() > 17 ? text.substring(0, 16) + "…" : text);
        }
        return t.end().reason().id();
    }

    private static String stat(String label, String value) {
        return "<div class=\"stat\"><div class=\"v\">" + Html.esc(value) + "</div><div class=\"l\">" + Html.esc(label)
                + "</div></div>";
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static long nz(Integer v) {
        return v == null ? 0 : v;
    }

    private static final String CSS = """
            body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:1100px;margin:2em auto;color:#222}
            .headline{display:flex;gap:1em;flex-wrap:wrap}.stat{background:#f4f6fa;padding:.6em 1em;border-radius:8px}
            .stat .v{font-size:1.6em;font-weight:600}.stat .l{color:#666;font-size:.85em}
            .chart text{font-size:12px;fill:#333}.chart .grid{stroke:#e5e5e5}table{border-collapse:collapse}
            td,th{border:1px solid #ddd;padding:3px 8px}table.items td:nth-child(n+2),table.ab td:nth-child(n+2){text-align:right}
            svg.ci{vertical-align:middle}svg.ci .axis{stroke:#bbb}svg.ci .range{stroke:#3b7dd8;stroke-width:3}
            svg.ci circle{fill:#1f4f99}.note{color:#777;font-size:.85em}.up{color:#1a7f37}.down{color:#c62828}.same{color:#777}
            details.call{border:1px solid #e3e3e3;border-radius:8px;margin:.4em 0;padding:.3em .8em}
            .bubble{max-width:75%;margin:.35em 0;padding:.45em .8em;border-radius:12px;background:#eef3fb}
            .bubble.callee{margin-left:auto;background:#f1f1f1}.bubble.flagged{outline:2px solid #e53935}
            .end{color:#1565c0;font-size:.8em}.flags{color:#c62828;font-size:.8em}.filters{margin:1em 0;line-height:2.2}
            .critical{color:#c62828}.pager{margin:.5em 0}.reasons{color:#555;font-size:.9em}.reasons .fail{color:#c62828}svg[data-ranges] rect{cursor:pointer}
            """;
}
