package dev.rolecall.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.scoring.Weights;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The terminal form of scorecards: one row per call, then the mean of each item. */
final class ScoreTable {
    private final PrintWriter out;
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private int rows;

    ScoreTable(PrintWriter out) {
        this.out = out;
    }

    void header() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %7s", "call", "overall"));
        for (String item : Weights.DEFAULTS.keySet()) {
            sb.append(String.format(Locale.ROOT, " %9s", item));
        }
        out.println(sb.append("  invented"));
    }

    void row(String call, JsonNode score) {
        rows++;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %7.1f", abbreviate(call),
                score.path("overall").asDouble()));
        add("overall", score.path("overall").asDouble());
        for (String item : Weights.DEFAULTS.keySet()) {
            JsonNode v = score.path("items").path(item).path("score");
            sb.append(v.isNumber() ? String.format(Locale.ROOT, " %9.2f", v.asDouble()) : String.format(" %9s", "-"));
            if (v.isNumber()) {
                add(item, v.asDouble());
            }
        }
        int invented = score.path("invented").size();
        out.println(sb.append(String.format("  %8d", invented)));
        // critical errors first: each one caps the overall score
        score.path("critical").forEach(c -> out.println("    CRITICAL " + c.asText()));
        JsonNode judge = score.path("judge");
        if (judge.has("agreement")) {
            out.println(String.format(Locale.ROOT, "    judge %s agrees %.2f with the rules", judge.path("model").asText(),
                    judge.path("agreement").path("mean").asDouble()));
        } else if (judge.has("error")) {
            out.println("    judge failed: " + judge.path("error").asText());
        }
        if (!score.has("critical")) { // scorecards written before critical errors were listed
            score.path("invented").forEach(f -> out.println("    invented at turn " + f.path("turn").asInt() + ": "
                    + f.path("said").asText() + " (card: " + f.path("card").asText() + ")"));
        }
        score.path("steps").forEach(s -> {
            if (s.path("status").asText().equals("missed")) {
                out.println("    missed step " + s.path("number").asInt() + " " + s.path("title").asText());
            }
        });
    }

    void summary() {
        if (rows == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %7.1f", "mean of " + rows + " calls",
                mean("overall")));
        for (String item : Weights.DEFAULTS.keySet()) {
            sb.append(sums.containsKey(item) ? String.format(Locale.ROOT, " %9.2f", mean(item)) : String.format(" %9s", "-"));
        }
        out.println(sb);
    }

    private void add(String key, double v) {
        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
        s[0] += v;
        s[1]++;
    }

    private double mean(String key) {
        double[] s = sums.get(key);
        return s == null ? 0 : s[0] / s[1];
    }

    private static String abbreviate(String s) {
        return s.length() <= 28 ? s : "…" + s.substring(s.length() - 27);
    }
}
