package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.transcript.Transcript;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DeferredScorerTest {
    /** Built once, whether the first request or the first finished call asks first; every call goes through it. */
    @Test
    void buildsTheScorerOnceAndScoresEveryCall() {
        AtomicInteger builds = new AtomicInteger();
        AtomicInteger scored = new AtomicInteger();
        UnaryOperator<Transcript> s = DeferredScorer.start(() -> {
            builds.incrementAndGet();
            return t -> {
                scored.incrementAndGet();
                return t;
            };
        });
        s.apply(null);
        s.apply(null);
        assertThat(builds.get()).isEqualTo(1);
        assertThat(scored.get()).isEqualTo(2);
    }
}
