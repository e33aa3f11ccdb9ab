package dev.rolecall.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rolecall.card.Role;
import dev.rolecall.text.Redact;
import dev.rolecall.transcript.TextRenderer;
import dev.rolecall.transcript.Turn;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every call of every input as compact JSON for the viewer, embedded in a
 * {@code <script type="application/json">} block: the browser parses it once and the viewer draws
 * one page of calls at a time, so 10,000 calls cost a parse, not 10,000 DOM subtrees.
 *
 * <p>Layout, positional to keep it small: {@code {inputs, metrics, keys, ends, texts, calls}} (keys name
 * the metrics in links); a call is
 * {@code [input, seed, overall|null, end, [metric value|null…], [turn…], [flagged turn…], detail, [critical…],
 * [[item, score, reason]…]]}, the last listing the items below 1 with the scorer's reason
 * and a turn {@code [0 caller|1 callee, name, text, endMarker|null, flags|null]}. Names, texts,
 * endings and details are indexes into {@code texts}/{@code ends}: repeated lines are stored once.
 *
 * <p>Safety: the JS only ever sets {@code textContent}; and {@code <}, {@code >}, {@code &} are
 * written as JSON unicode escapes, so no transcript text can close the script block.
 */
final class CallData {
    private CallData() {}

    record Input(String label, List<Scored> calls) {}

    static String json(List<Input> inputs, Metrics metrics) {
        Table texts = new Table();
        Table ends = new Table();
        StringWriter out = new StringWriter(1 << 20);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("inputs");
            for (Input in : inputs) {
                g.writeString(in.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("metrics");
            for (Metrics.Metric m : metrics.list()) {
                g.writeString(m.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("keys");
            for (Metrics.Metric m : metrics.list()) {
                g.writeString(m.key());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("calls");
            for (int i = 0; i < inputs.size(); i++) {
                for (Scored s : inputs.get(i).calls()) {
                    call(g, i, s, texts, ends);
                }
            }
            g.writeEndArray();
            strings(g, "ends", ends.list);
            strings(g, "texts", texts.list);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scriptSafe(out.toString());
    }

    private static void call(JsonGenerator g, int input, Scored s, Table texts, Table ends) throws IOException {
        var t = s.call();
        g.writeStartArray();
        g.writeNumber(input);
        g.writeNumber(t.seed());
        if (s.overall() == null) {
            g.writeNull();
        } else {
            g.writeNumber(round(s.overall(), 1));
        }
        g.writeNumber(ends.id(HtmlReport.endLabel(t)));
        g.writeStartArray();
        for (double v : s.values()) {
            if (Double.isNaN(v)) {
                g.writeNull();
            } else {
                g.writeNumber(round(v, 3));
            }
        }
        g.writeEndArray();
        g.writeStartArray();
        for (Turn turn : t.turns()) {
            g.writeStartArray();
            g.writeNumber(turn.speaker() == Role.CALLER ? 0 : 1);
            g.writeNumber(texts.id(turn.name()));
            g.writeNumber(texts.id(turn.text()));
            if (turn.endMarker() != null || !turn.flags().isEmpty()) {
                if (turn.endMarker() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(turn.endMarker());
                }
                if (!turn.flags().isEmpty()) {
                    g.writeString(String.join(", ", turn.flags()));
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        // turns to outline: invented facts and monologues, and the evidence of every failing item
        java.util.Set<Integer> flagged = new java.util.TreeSet<>(ScoreView.flaggedTurns(t));
        List<ScoreView.Finding> findings = ScoreView.findings(t);
        findings.stream().filter(f -> f.score() < ItemTable.FAIL).forEach(f -> flagged.addAll(f.evidence()));
        g.writeStartArray();
        for (int f : flagged) {
            g.writeNumber(f);
        }
        g.writeEndArray();
        g.writeNumber(texts.id(Redact.text(TextRenderer.describe(t.end()))));
        g.writeStartArray();
        for (String c : ScoreView.critical(t)) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStartArray();
        for (ScoreView.Finding f : findings) {
            if (f.score() < 1) {
                g.writeStartArray();
                g.writeNumber(texts.id(f.item()));
                g.writeNumber(round(f.score(), 3));
                g.writeNumber(texts.id(f.reason()));
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** JSON is valid with these escaped anywhere (they only occur inside strings), and then inert in HTML. */
    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static double round(double v, int places) {
        double p = Math.pow(10, places);
        return Math.round(v * p) / p;
    }

    /** Strings stored once, referred to by index. */
    private static final class Table {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        int id(String s) {
            return ids.computeIfAbsent(s == null ? "" : s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
