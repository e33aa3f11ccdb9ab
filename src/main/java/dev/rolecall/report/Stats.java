package dev.rolecall.report;

import java.util.Arrays;

/**
 * Means with a 95% confidence interval, so a reader can tell a real gap from noise. Student's t
 * interval: scores are bounded and calls are many, so the mean is close to normal; for tiny n the
 * t quantile widens the interval honestly instead of pretending.
 */
final class Stats {
    private Stats() {}

    /** Mean of n values and its 95% interval; lo = hi = mean when n < 2 (no spread to measure). */
    record Mean(int n, double mean, double lo, double hi) {
        static final Mean EMPTY = new Mean(0, Double.NaN, Double.NaN, Double.NaN);

        double halfWidth() {
            return (hi - lo) / 2;
        }
    }

    /** A difference b − a with its interval; {@code spansZero} means "no evidence of a change". */
    record Diff(int nA, int nB, double diff, double lo, double hi) {
        boolean spansZero() {
            return !(lo > 0) && !(hi < 0);
        }
    }

    static Mean mean(double[] x) {
        int n = x.length;
        if (n == 0) {
            return Mean.EMPTY;
        }
        double m = Arrays.stream(x).sum() / n;
        if (n < 2) {
            return new Mean(n, m, m, m);
        }
        double h = t975(n - 1) * Math.sqrt(variance(x, m) / n);
        return new Mean(n, m, m - h, m + h);
    }

    /** Welch's unpaired interval for b − a (the two files need not share seeds or sizes). */
    static Diff welch(double[] a, double[] b) {
        double ma = a.length == 0 ? Double.NaN : Arrays.stream(a).sum() / a.length;
        double mb = b.length == 0 ? Double.NaN : Arrays.stream(b).sum() / b.length;
        if (a.length < 2 || b.length < 2) {
            // no spread on one side: an interval would be made up, so claim nothing
            return new Diff(a.length, b.length, mb - ma, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double va = variance(a, ma) / a.length;
        double vb = variance(b, mb) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Diff(a.length, b.length, mb - ma, mb - ma, mb - ma);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double h = t975(df) * se;
        return new Diff(a.length, b.length, mb - ma, mb - ma - h, mb - ma + h);
    }

    private static double variance(double[] x, double m) {
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    /** Two-sided 95% Student t quantile; table to df 30, then 1.96 + 2.4/df (within 0.003 of exact). */
    static double t975(double df) {
        if (df < 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (df <= 30) {
            return T975[(int) Math.floor(df) - 1];
        }
        return 1.959964 + 2.4 / df;
    }

    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};
}
