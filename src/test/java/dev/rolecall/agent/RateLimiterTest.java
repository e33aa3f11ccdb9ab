package dev.rolecall.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** 16 threads hammer a 1200 rpm limiter for 2 s: the rate seen must be within 10% of 20/s. */
    @Test
    void holdsRequestsPerMinuteUnderContention() throws Exception {
        RateLimiter limiter = new RateLimiter(1200, 0);
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        limiter.acquire(0);
                        if (System.nanoTime() > deadline) {
                            return;
                        }
                        sent.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(sent.get()).isBetween(36, 44);
    }

    @Test
    void holdsTokensPerMinute() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 60_000); // 1000 tokens/s, 1000 burst
        long t0 = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            limiter.acquire(500);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // 3000 tokens: 1000 burst + 2000 at 1000/s = 2 s
        assertThat(seconds).isBetween(1.8, 2.4);
    }

    @Test
    void unlimitedNeverWaits() throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            RateLimiter.UNLIMITED.acquire(1000);
        }
        assertThat((System.nanoTime() - t0) / 1e6).isLessThan(500);
    }
}
