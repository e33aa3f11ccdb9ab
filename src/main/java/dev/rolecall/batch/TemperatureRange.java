package dev.rolecall.batch;

import java.util.SplittableRandom;

/** {@code --temperature-range 0.6:1.0}: each call's temperature drawn uniformly by seed, rounded to 0.01. */
public record TemperatureRange(double low, double high) {

    public TemperatureRange {
        if (low < 0 || high > 2 || low > high) {
            throw new IllegalArgumentException("--temperature-range must be LO:HI within 0..2 with LO <= HI, got " + low + ":" + high);
        }
    }

    /** Null for null (no range given). */
    public static TemperatureRange parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                return new TemperatureRange(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("--temperature-range must look like 0.6:1.0, got '" + text + "'");
    }

    double draw(SplittableRandom r) {
        return Math.round((low + (high - low) * r.nextDouble()) * 100) / 100.0;
    }
}
