package dev.rolecall.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A vs B on paired seeds: mean of each, mean difference (B - A) with a 95% paired bootstrap
 * confidence interval, win/tie/loss counts, and a verdict. Pairing removes the variance that
 * comes from the seed (the callee persona, the scenario path), so small prompt effects show at
 * modest N. The bootstrap is seeded: the same data give the same interval.
 *
 * @param verdict {@code B_BETTER} / {@code B_WORSE} when the interval excludes 0, else {@code NO_DIFFERENCE}
 */
public record PairedComparison(String item, int n, double meanA, double meanB, double diff, double ciLow,
                               double ciHigh, int wins, int ties, int losses, Verdict verdict) {

    public enum Verdict { B_BETTER, B_WORSE, NO_DIFFERENCE }

    static final int RESAMPLES = 4000;
    /** Differences smaller than this count as ties (scores are 0..1 or 0..100, rounded in storage). */
    static final double TIE = 1e-9;

    public static PairedComparison of(String item, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        double[] d = new double[n];
        int wins = 0;
        int ties = 0;
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
            if (Math.abs(d[i]) <= TIE) {
                ties++;
            } else if (d[i] > 0) {
                wins++;
            }
        }
        double diff = mean(d);
        double[] ci = bootstrap(d);
        Verdict v = n < 2 || (ci[0] <= 0 && ci[1] >= 0) ? Verdict.NO_DIFFERENCE
                : ci[0] > 0 ? Verdict.B_BETTER : Verdict.B_WORSE;
        return new PairedComparison(item, n, mean(a), mean(b), diff, ci[0], ci[1], wins, ties, n - wins - ties, v);
    }

    private static double[] bootstrap(double[] d) {
        int n = d.length;
        if (n == 0) {
            return new double[] {0, 0};
        }
        SplittableRandom random = new SplittableRandom(0x5EED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]};
    }

    private static double mean(double[] x) {
        return x.length == 0 ? 0 : Arrays.stream(x).sum() / x.length;
    }
}
