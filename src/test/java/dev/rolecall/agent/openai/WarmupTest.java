package dev.rolecall.agent.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmupTest {
    /** The warm-up swallows its failures (it is only a head start); this says when a library change broke it. */
    @Test
    void runsTheRequestPathOnTheCannedReply() {
        assertThat(Warmup.llmPath()).isTrue();
    }

    @Test
    void awaitReturnsWhenNothingWasStarted() {
        Warmup.await();
    }
}
