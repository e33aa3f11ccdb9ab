package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Item weights for the overall score, from an editable JSON file ({@code prompts/weights.json}): the
 * points out of 100 a call loses when that item scores 0 (a share of them for a partial score).
 * Deductions, not a weighted mean: one skipped step must cost the same in a call with many items
 * as in one with few, so that a reader's "good call with one flaw" lands below every clean call.
 */
public record Weights(Map<String, Double> values) {

    public static final Map<String, Double> DEFAULTS = defaults();
    /**
     * Not an item: the highest overall score a call with a critical error can get (an invented
     * fact, a promise or offer the card does not make, an ending the call does not bear out).
     * One wrong fact in front of a customer fails the call however well the rest went. 100 turns it off.
     */
    public static final String CRITICAL_CAP = "critical_cap";
    static final double DEFAULT_CAP = 60;
    /**
     * Not an item: how much lower the cap sits for each critical error after the first, so that a call
     * with four red-line breaches ranks below a good call with one (a reviewer's 10 against 60, not a tie).
     */
    public static final String CRITICAL_EACH = "critical_each";
    static final double DEFAULT_EACH = 10;

    private static Map<String, Double> defaults() {
        Map<String, Double> d = new LinkedHashMap<>();
        for (ScorecardItem item : ScorecardItem.values()) {
            d.put(item.id(), item.defaultWeight());
        }
        return java.util.Collections.unmodifiableMap(d);
    }

    public static Weights defaultWeights() {
        Map<String, Double> w = new LinkedHashMap<>(DEFAULTS);
        w.put(CRITICAL_CAP, DEFAULT_CAP);
        w.put(CRITICAL_EACH, DEFAULT_EACH);
        return new Weights(w);
    }

    /** Reads weights; items the file leaves out keep their default. A bad file is a one-line error. */
    public static Weights load(Path file) {
        if (!Files.exists(file)) {
            return defaultWeights();
        }
        Map<String, Double> w = new LinkedHashMap<>(DEFAULTS);
        w.put(CRITICAL_CAP, DEFAULT_CAP);
        w.put(CRITICAL_EACH, DEFAULT_EACH);
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readString(file));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(file + ": weights must be a JSON object like {\"steps\": 3, \"knowledge\": 3}");
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var e = fields.next();
                if (e.getKey().startsWith("_")) {
                    continue; // comments
                }
                if (!DEFAULTS.containsKey(e.getKey()) && !e.getKey().equals(CRITICAL_CAP) && !e.getKey().equals(CRITICAL_EACH)) {
                    throw new IllegalArgumentException(file + ": unknown item '" + e.getKey() + "'; items are " + DEFAULTS.keySet());
                }
                if (!e.getValue().isNumber() || e.getValue().asDouble() < 0) {
                    throw new IllegalArgumentException(file + ": weight of '" + e.getKey() + "' must be a number >= 0");
                }
                w.put(e.getKey(), e.getValue().asDouble());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return new Weights(w);
    }

    public double of(String item) {
        return values.getOrDefault(item, 0.0);
    }

    public double criticalCap() {
        return values.getOrDefault(CRITICAL_CAP, DEFAULT_CAP);
    }

    /** The highest overall a call with this many critical errors can get (100 with none). */
    public double capFor(int criticals) {
        if (criticals == 0) {
            return 100;
        }
        return Math.max(0, criticalCap() - values.getOrDefault(CRITICAL_EACH, DEFAULT_EACH) * (criticals - 1));
    }
}
