package dev.rolecall.report;

import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page: headline numbers, score distribution, steps × calls coverage,
 * end conditions, invented facts, an A vs B panel for two inputs, and a transcript viewer with
 * filters. No external resource is referenced; every transcript string is escaped.
 */
public final class HtmlReport {

    /** A labelled set of calls, e.g. one file. */
    public record Input(String label, List<Transcript> calls) {}

    /** Calls shown in the viewer per input; the charts use all calls. */
    static final int VIEWER_LIMIT = 400;

    private HtmlReport() {}

    public static String render(List<Input> inputs) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>rolecall report</title><style>")
                .append(CSS).append("</style></head><body><h1>rolecall report</h1>");
        for (Input in : inputs) {
            section(sb, in);
        }
        if (inputs.size() == 2) {
            comparison(sb, inputs.get(0), inputs.get(1));
        }
        sb.append("<h2>Transcripts</h2>").append(filters(inputs));
        for (Input in : inputs) {
            viewer(sb, in);
        }
        sb.append("<script>").append(JS).append("</script></body></html>");
        return sb.toString();
    }

    private static void section(StringBuilder sb, Input in) {
        List<Transcript> calls = in.calls();
        long completed = calls.stream().filter(t -> t.end() != null && t.end().reason().completed()).count();
        double[] scores = calls.stream().map(ScoreView::overall).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
        double meanTurns = calls.stream().mapToInt(t -> t.turns().size()).average().orElse(0);
        long tokens = calls.stream().filter(t -> t.totals() != null)
                .mapToLong(t -> nz(t.totals().promptTokens()) + nz(t.totals().completionTokens())).sum();
        sb.append("<section class=\"input\"><h2>").append(Html.esc(in.label())).append("</h2><div class=\"headline\">")
                .append(stat("calls", String.valueOf(calls.size())))
                .append(stat("ended by a card condition", pct(completed, calls.size())))
                .append(stat("mean score", scores.length == 0 ? "not scored"
                        : String.format(Locale.ROOT, "%.1f", java.util.Arrays.stream(scores).average().orElse(0))))
                .append(stat("mean turns", String.format(Locale.ROOT, "%.1f", meanTurns)))
                .append(stat("tokens", String.valueOf(tokens))).append("</div>");
        if (scores.length > 0) {
            sb.append("<h3>Score distribution</h3>").append(Svg.histogram(scores, 0, 100, 20, "#3b7dd8"));
        }
        sb.append("<h3>How calls ended</h3>").append(Svg.bars(endBars(calls), "#e08a2b"));
        stepHeatmap(sb, calls);
        inventedFacts(sb, calls);
        sb.append("</section>");
    }

    private static List<Svg.Bar> endBars(List<Transcript> calls) {
        Map<String, Long> counts = new TreeMap<>(calls.stream().collect(Collectors.groupingBy(HtmlReport::endLabel,
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

    private static void stepHeatmap(StringBuilder sb, List<Transcript> calls) {
        List<Transcript> scored = calls.stream().filter(t -> !ScoreView.steps(t).isEmpty()).limit(300).toList();
        if (scored.isEmpty()) {
            return;
        }
        Set<Integer> steps = new TreeSet<>();
        scored.forEach(t -> steps.addAll(ScoreView.steps(t).keySet()));
        List<Integer> stepList = new ArrayList<>(steps);
        Double[][] cells = new Double[stepList.size()][scored.size()];
        for (int c = 0; c < scored.size(); c++) {
            Map<Integer, Double> s = ScoreView.steps(scored.get(c));
            for (int r = 0; r < stepList.size(); r++) {
                cells[r][c] = s.get(stepList.get(r));
            }
        }
        sb.append("<h3>Script steps × calls</h3><p class=\"note\">green: covered, yellow: skipped with reason, red: missed")
                .append(scored.size() < calls.size() ? " (first " + scored.size() + " calls)" : "").append("</p>")
                .append(Svg.heatmap(stepList.stream().map(n -> "step " + n).toList(),
                        scored.stream().map(t -> "seed " + t.seed()).toList(), cells));
    }

    private static void inventedFacts(StringBuilder sb, List<Transcript> calls) {
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (Transcript t : calls) {
            for (ScoreView.Fact f : ScoreView.invented(t)) {
                if (n++ < 200) {
                    rows.append("<tr><td>").append(t.seed()).append("</td><td>").append(f.turn()).append("</td><td>")
                            .append(Html.esc(f.said())).append("</td><td>").append(Html.esc(f.card())).append("</td></tr>");
                }
            }
        }
        sb.append("<h3>Invented facts (").append(n).append(")</h3>");
        if (n > 0) {
            sb.append("<table><tr><th>seed</th><th>turn</th><th>caller said</th><th>card says</th></tr>").append(rows)
                    .append("</table>");
        }
    }

    private static void comparison(StringBuilder sb, Input a, Input b) {
        Map<String, double[]> ma = itemMeans(a.calls());
        Map<String, double[]> mb = itemMeans(b.calls());
        sb.append("<section><h2>").append(Html.esc(a.label())).append(" vs ").append(Html.esc(b.label()))
                .append("</h2><table><tr><th>item</th><th>A</th><th>B</th><th>B − A</th></tr>");
        for (String item : ma.keySet()) {
            if (!mb.containsKey(item)) {
                continue;
            }
            double va = ma.get(item)[0] / Math.max(ma.get(item)[1], 1);
            double vb = mb.get(item)[0] / Math.max(mb.get(item)[1], 1);
            sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td class=\"%s\">%+.3f</td></tr>",
                    Html.esc(item), va, vb, vb >= va ? "up" : "down", vb - va));
        }
        sb.append("</table></section>");
    }

    private static Map<String, double[]> itemMeans(List<Transcript> calls) {
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (Transcript t : calls) {
            Double o = ScoreView.overall(t);
            if (o != null) {
                add(sums, "overall", o);
            }
            ScoreView.items(t).forEach((k, v) -> add(sums, k, v));
        }
        return sums;
    }

    private static void add(Map<String, double[]> sums, String key, double v) {
        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
        s[0] += v;
        s[1]++;
    }

    private static String filters(List<Input> inputs) {
        Set<String> ends = new TreeSet<>();
        inputs.forEach(in -> in.calls().forEach(t -> ends.add(endLabel(t))));
        return "<div class=\"filters\">min score <input id=\"minScore\" type=\"number\" value=\"0\" min=\"0\" max=\"100\">"
                + " max score <input id=\"maxScore\" type=\"number\" value=\"100\" min=\"0\" max=\"100\">"
                + " ending <select id=\"ending\"><option value=\"\">any</option>"
                + ends.stream().map(e -> "<option>" + Html.esc(e) + "</option>").collect(Collectors.joining())
                + "</select> <span id=\"shown\"></span></div>";
    }

    private static void viewer(StringBuilder sb, Input in) {
        int shown = 0;
        for (Transcript t : in.calls()) {
            if (shown++ >= VIEWER_LIMIT) {
                sb.append("<p class=\"note\">").append(in.calls().size() - VIEWER_LIMIT)
                        .append(" more calls not shown</p>");
                break;
            }
            Double score = ScoreView.overall(t);
            Set<Integer> flagged = ScoreView.flaggedTurns(t);
            sb.append("<details class=\"call\" data-score=\"").append(score == null ? "" : Svg.fmt(score))
                    .append("\" data-end=\"").append(Html.esc(endLabel(t))).append("\"><summary>")
                    .append(Html.esc(in.label())).append(" · seed ").append(t.seed()).append(" · ")
                    .append(t.turns().size()).append(" turns · ").append(Html.esc(endLabel(t)))
                    .append(score == null ? "" : " · score " + Svg.fmt(score)).append("</summary>");
            for (Turn turn : t.turns()) {
                boolean bad = flagged.contains(turn.index()) || !turn.flags().isEmpty();
                sb.append("<div class=\"bubble ").append(turn.speaker().id()).append(bad ? " flagged" : "")
                        .append("\"><b>").append(Html.esc(turn.name())).append("</b> ").append(Html.esc(turn.text()));
                if (turn.endMarker() != null) {
                    sb.append(" <span class=\"end\">[END:").append(turn.endMarker()).append("]</span>");
                }
                if (!turn.flags().isEmpty()) {
                    sb.append(" <span class=\"flags\">").append(Html.esc(String.join(", ", turn.flags()))).append("</span>");
                }
                sb.append("</div>");
            }
            sb.append("<p class=\"note\">").append(Html.esc(dev.rolecall.text.Redact.text(dev.rolecall.transcript.TextRenderer.describe(t.end()))))
                    .append("</p></details>");
        }
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
            body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:1100px;margin:2em auto;color:#222}
            .headline{display:flex;gap:1em;flex-wrap:wrap}.stat{background:#f4f6fa;padding:.6em 1em;border-radius:8px}
            .stat .v{font-size:1.6em;font-weight:600}.stat .l{color:#666;font-size:.85em}
            .chart text{font-size:12px;fill:#333}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 8px}
            .note{color:#777;font-size:.85em}.up{color:#1a7f37}.down{color:#c62828}
            details.call{border:1px solid #e3e3e3;border-radius:8px;margin:.4em 0;padding:.3em .8em}
            .bubble{max-width:75%;margin:.35em 0;padding:.45em .8em;border-radius:12px;background:#eef3fb}
            .bubble.callee{margin-left:auto;background:#f1f1f1}.bubble.flagged{outline:2px solid #e53935}
            .end{color:#1565c0;font-size:.8em}.flags{color:#c62828;font-size:.8em}.filters{margin:1em 0}
            """;

    private static final String JS = """
            (function(){
              var min=document.getElementById('minScore'),max=document.getElementById('maxScore'),
                  end=document.getElementById('ending'),shown=document.getElementById('shown');
              function apply(){
                var lo=parseFloat(min.value||'0'),hi=parseFloat(max.value||'100'),e=end.value,n=0;
                document.querySelectorAll('details.call').forEach(function(d){
                  var s=d.getAttribute('data-score'),v=s===''?null:parseFloat(s);
                  var ok=(v===null||(v>=lo&&v<=hi))&&(!e||d.getAttribute('data-end')===e);
                  d.style.display=ok?'':'none'; if(ok)n++;
                });
                shown.textContent=n+' calls shown';
              }
              [min,max,end].forEach(function(x){x.addEventListener('input',apply);x.addEventListener('change',apply);});
              apply();
            })();
            """;
}
