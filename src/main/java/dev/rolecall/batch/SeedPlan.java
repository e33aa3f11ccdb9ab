package dev.rolecall.batch;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * Hands out the seeds a batch still has to run, one at a time, to any number of workers:
 * seeds start..start+n-1 of this shard, minus those already done. Nothing is materialised,
 * so a batch of millions costs no memory here.
 */
final class SeedPlan {
    private final long start;
    private final long end;
    private final Shard shard;
    private final LongPredicate done;
    private final AtomicLong next;

    SeedPlan(long start, long n, Shard shard, LongPredicate done) {
        this.start = start;
        this.end = start + n;
        this.shard = shard;
        this.done = done;
        this.next = new AtomicLong(start);
    }

    /** What {@link #take()} returns when no seed is left (seeds may be negative, so not -1). */
    static final long NONE = Long.MIN_VALUE;

    /** The next seed to run, or {@link #NONE} when none is left. Thread-safe. */
    long take() {
        while (true) {
            long s = next.getAndIncrement();
            if (s >= end) {
                return NONE;
            }
            if (shard.owns(s, start) && !done.test(s)) {
                return s;
            }
        }
    }

    /** How many seeds this plan will hand out in total (for the progress bar). */
    long size() {
        long count = 0;
        for (long s = start; s < end; s++) {
            if (shard.owns(s, start) && !done.test(s)) {
                count++;
            }
        }
        return count;
    }

    static SeedPlan of(long start, long n, Shard shard, Set<Long> done) {
        return new SeedPlan(start, n, shard, done::contains);
    }
}
