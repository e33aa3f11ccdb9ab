package dev.rolecall.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptJsonWarmUpTest {
    /** The warm-up swallows its failures (it is only a head start); this says when a format change broke its sample. */
    @Test
    void theSampleCallReadsAndWrites() {
        assertThat(TranscriptJson.warmUp()).isTrue();
    }
}
