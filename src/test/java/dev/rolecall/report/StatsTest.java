package dev.rolecall.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void meanIntervalIsStudentT() {
        // 1..5: mean 3, sample sd sqrt(2.5), se sqrt(2.5/5); t(0.975, 4) = 2.776 from any table
        Stats.Mean m = Stats.mean(new double[] {1, 2, 3, 4, 5});
        assertThat(m.n()).isEqualTo(5);
        assertThat(m.mean()).isEqualTo(3.0);
        assertThat(m.halfWidth()).isCloseTo(2.776 * Math.sqrt(2.5 / 5), within(1e-9));
    }

    @Test
    void tQuantileBeyondTheTableStaysCloseToPublishedValues() {
        assertThat(Stats.t975(40)).isCloseTo(2.021, within(0.003));
        assertThat(Stats.t975(60)).isCloseTo(2.000, within(0.003));
        assertThat(Stats.t975(120)).isCloseTo(1.980, within(0.003));
        assertThat(Stats.t975(1e9)).isCloseTo(1.960, within(0.001));
    }

    @Test
    void intervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        SplittableRandom r = new SplittableRandom(7);
        int covered = 0;
        int runs = 2000;
        for (int k = 0; k < runs; k++) {
            double[] x = new double[12];
            for (int i = 0; i < x.length; i++) {
                x[i] = 0.6 + 0.2 * r.nextGaussian();
            }
            Stats.Mean m = Stats.mean(x);
            if (m.lo() <= 0.6 && 0.6 <= m.hi()) {
                covered++;
            }
        }
        assertThat(covered / (double) runs).isBetween(0.93, 0.97);
    }

    @Test
    void welchSpansZeroWithoutADifferenceAndExcludesItWithOne() {
        SplittableRandom r = new SplittableRandom(3);
        double[] a = new double[400];
        double[] same = new double[300];
        double[] better = new double[300];
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.5 + 0.1 * r.nextGaussian();
        }
        for (int i = 0; i < same.length; i++) {
            same[i] = 0.5 + 0.1 * r.nextGaussian();
            better[i] = 0.55 + 0.1 * r.nextGaussian();
        }
        assertThat(Stats.welch(a, a).spansZero()).isTrue();
        assertThat(Stats.welch(a, a).diff()).isZero();
        assertThat(Stats.welch(a, same).spansZero()).isTrue();
        Stats.Diff d = Stats.welch(a, better);
        assertThat(d.spansZero()).isFalse();
        assertThat(d.lo()).isPositive();
        assertThat(d.nA()).isEqualTo(400);
        assertThat(d.nB()).isEqualTo(300);
    }

    @Test
    void tooFewCallsClaimNothing() {
        assertThat(Stats.welch(new double[] {1}, new double[] {0, 0.1}).spansZero()).isTrue();
        assertThat(Stats.mean(new double[0]).n()).isZero();
    }
}
