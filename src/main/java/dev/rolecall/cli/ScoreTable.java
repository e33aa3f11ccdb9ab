package dev.rolecall.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.scoring.Scorecard;
import dev.rolecall.scoring.StepResult;
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
        Scorecard card = Scorecard.read(score);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %7.1f", abbreviate(call), card.overall()));
        add("overall", card.overall());
        for (String item : Weights.DEFAULTS.keySet()) {
            Double v = card.item(item);
            sb.append(v != null ? String.format(Locale.ROOT, " %9.2f", v) : String.format(" %9s", "-"));
            if (v != null) {
                add(item, v);
            }
        }
        out.println(sb.append(String.format("  %8d", card.invented().size())));
        // critical errors first: each one caps the overall score
        card.critical().forEach(c -> out.println("    CRITICAL " + c));
        JsonNode judge = score.path("judge"); // the judge's own record, kept beside the rule-based scorecard
        if (judge.has("agreement")) {
            out.println(String.format(Locale.ROOT, "    judge %s agrees %.2f with the rules", judge.path("model").asText(),
                    judge.path("agreement").path("mean").asDouble()));
        } else if (judge.has("error")) {
            out.println("    judge failed: " + judge.path("error").asText());
        }
        if (!score.has("critical")) { // scorecards written before critical errors were listed
            card.invented().forEach(f -> out.println("    invented at turn " + f.turn() + ": " + f.said() + " (card: " + f.card() + ")"));
        }
        card.steps().stream().filter(s -> s.status().equals(StepResult.MISSED))
                .forEach(s -> out.println("    missed step " + s.number() + " " + s.title()));
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
