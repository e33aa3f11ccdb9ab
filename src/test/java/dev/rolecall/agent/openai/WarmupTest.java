package dev.rolecall.agent.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmupTest {
    /** The warm-up swallows its failures (it is only a head start); this says when a library change broke it. */
    @Test
    void runsTheRequestPathOnTheCannedReply() {
        assertThat(Warmup.llmPath()).isTrue();
    }

    /** The step-path warm-up: the same exchange on histories that grow, then start over. */
    @Test
    void runsTheStepPathOnGrowingHistories() {
        assertThat(Warmup.stepPath(30)).isTrue();
    }

    /**
     * Work put off until the first request runs even when none is ever sent: at once without a warm-up, else after
     * at most {@link Warmup#FIRST_REQUEST_WAIT_MS} (other tests of this JVM may have started one).
     */
    @Test
    void afterFirstRequestRunsEvenWithoutARequest() throws InterruptedException {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        Warmup.afterFirstRequest(ran::countDown);
        assertThat(ran.await(Warmup.FIRST_REQUEST_WAIT_MS + 3000, java.util.concurrent.TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void awaitReturnsWhenNothingWasStarted() {
        Warmup.await();
    }
}
