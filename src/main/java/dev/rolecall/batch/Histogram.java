package dev.rolecall.batch;

/**
 * Fixed-size log-scale histogram (about 2% resolution from 1 to 10^7) so percentiles over any
 * number of calls cost constant memory.
 */
final class Histogram {
    private static final double STEP = Math.log(1.02);
    private static final int BUCKETS = (int) (Math.log(1e7) / STEP) + 2;
    private final long[] counts = new long[BUCKETS];
    private long total;
    private double sum;

    void add(double value) {
        counts[bucket(value)]++;
        total++;
        sum += value;
    }

    long count() {
        return total;
    }

    double mean() {
        return total == 0 ? 0 : sum / total;
    }

    /** The value at quantile q (0..1), to bucket precision; 0 when empty. */
    double quantile(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= Math.max(rank, 1)) {
                return i == 0 ? 0 : Math.exp((i - 1) * STEP);
            }
        }
        return Math.exp((BUCKETS - 2) * STEP);
    }

    private static int bucket(double value) {
        if (value < 1) {
            return 0;
        }
        return Math.min(BUCKETS - 1, 1 + (int) Math.round(Math.log(value) / STEP));
    }
}
