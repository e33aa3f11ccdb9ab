package dev.rolecall.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    @Test
    void identicalVariantsShowNoDifference() {
        double[] a = noisy(200, 70, 1);
        PairedComparison c = PairedComparison.of("overall", a, a.clone());
        assertThat(c.verdict()).isEqualTo(PairedComparison.Verdict.NO_DIFFERENCE);
        assertThat(c.ties()).isEqualTo(200);
        assertThat(c.ciLow()).isEqualTo(0.0);
        assertThat(c.ciHigh()).isEqualTo(0.0);
    }

    @Test
    void aSmallPairedDropIsDetectedDespiteLargeSeedNoise() {
        double[] a = noisy(100, 70, 2);
        double[] b = new double[a.length];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] - 3 + r.nextGaussian(); // B loses ~3 points on every seed
        }
        PairedComparison c = PairedComparison.of("overall", a, b);
        assertThat(c.verdict()).isEqualTo(PairedComparison.Verdict.B_WORSE);
        assertThat(c.ciHigh()).isLessThan(0);
        assertThat(c.diff()).isBetween(-3.5, -2.5);
        assertThat(c.losses()).isGreaterThan(90);
    }

    @Test
    void pureNoiseIsNotCalledADifference() {
        double[] a = noisy(60, 70, 4);
        double[] b = noisy(60, 70, 5);
        PairedComparison c = PairedComparison.of("overall", a, b);
        assertThat(c.ciLow()).isLessThan(c.diff());
        assertThat(c.ciHigh()).isGreaterThan(c.diff());
        assertThat(c.verdict()).isEqualTo(PairedComparison.Verdict.NO_DIFFERENCE);
    }

    private static double[] noisy(int n, double mean, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + 15 * r.nextGaussian();
        }
        return x;
    }
}
