package dev.rolecall.batch;

import dev.rolecall.orchestrator.CallSpec;
import dev.rolecall.orchestrator.Orchestrator;
import dev.rolecall.orchestrator.TurnListener;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs many calls, {@code concurrency} at a time, streaming each finished call to the output file.
 *
 * <p>Workers pull seeds from a shared {@link SeedPlan}; nothing is queued ahead and no transcript
 * is kept after it is written, so memory does not grow with the batch size. A finished call is
 * appended and flushed at once, so a crash loses at most the calls in flight, and a re-run skips
 * seeds already in the file. A call that fails for good is written as failed (end reason) and the
 * batch goes on; an error that would fail every call (401/403, unknown model) stops the batch
 * after the calls in flight. {@link #stop()} (Ctrl-C) interrupts the calls in flight, which are
 * written as interrupted, so the file stays valid.
 *
 * <p>Scoring runs beside the calls: a worker hands its finished call to a small pool (as many
 * threads as cores, at most C) and starts its next call at once, so the scoring CPU fits in the
 * time the calls wait for the endpoint. When the pool's queue (C calls) is full the worker scores
 * the call itself, so memory stays bounded and a CPU-bound engine keeps its pace. The pool is
 * drained before the output file is closed: every call is still written scored.
 */
public final class BatchRunner {

    private final Orchestrator orchestrator = new Orchestrator();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<BatchResult.Abort> abort = new AtomicReference<>();
    private final AtomicReference<String> scoreError = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong unscored = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean stopping;

    public BatchResult run(BatchConfig config, BatchListener listener) {
        try (OutputLock lock = OutputLock.acquire(config.out())) {
            return runLocked(config, listener);
        }
    }

    private BatchResult runLocked(BatchConfig config, BatchListener listener) {
        ResumeIndex resume = ResumeIndex.load(config.out(), config.retryFailed(), config::inputs, config.personas());
        SeedPlan plan = SeedPlan.of(config.seedStart(), config.count(), config.shard(), resume.done);
        BatchStats stats = new BatchStats();
        long toRun = plan.size();
        listener.started(toRun, resume.done.size());

        try (TranscriptWriter writer = new TranscriptWriter(config.out())) {
            int threads = (int) Math.min(config.concurrency(), Math.max(toRun, 1));
            int scorers = Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
            ThreadPoolExecutor post = new ThreadPoolExecutor(scorers, scorers, 1, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(threads), r -> {
                        Thread t = new Thread(r, "rolecall-score");
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
            synchronized (workers) {
                for (int i = 0; i < threads; i++) {
                    Thread w = new Thread(() -> work(config, plan, writer, stats, listener, post), "rolecall-call-" + i);
                    w.setDaemon(true);
                    workers.add(w);
                }
                workers.forEach(Thread::start);
            }
            for (Thread w : workers) {
                joinQuietly(w);
            }
            post.shutdown();
            awaitQuietly(post);
        }
        if (abort.get() != null) {
            listener.aborted(abort.get().message());
        }
        listener.done(stats);
        return new BatchResult(stats, resume.done.size(), resume.failedDropped, resume.failedKept, resume.tornLines,
                abort.get(), stopping, unscored.get(), scoreError.get());
    }

    /** Stops taking new calls and interrupts the ones in flight; {@link #run} then returns. */
    public void stop() {
        stopping = true;
        synchronized (workers) {
            workers.forEach(Thread::interrupt);
        }
    }

    private void work(BatchConfig config, SeedPlan plan, TranscriptWriter writer, BatchStats stats,
                      BatchListener listener, ThreadPoolExecutor post) {
        while (!stopping && abort.get() == null) {
            long seed = plan.take();
            if (seed == SeedPlan.NONE) {
                return;
            }
            Transcript t;
            try {
                t = call(config, seed, turn -> {
                    stats.spoke(turn);
                    listener.spoke(stats);
                });
            } catch (RuntimeException | Error e) {
                internal(seed, e);
                continue;
            }
            if (toScore(t)) {
                post.execute(() -> scoreAndFinish(config, seed, t, writer, stats, listener));
            } else {
                finish(seed, t, writer, stats, listener);
            }
        }
    }

    private void scoreAndFinish(BatchConfig config, long seed, Transcript t, TranscriptWriter writer, BatchStats stats,
                                BatchListener listener) {
        Transcript scored;
        try {
            scored = score(config, seed, t);
        } catch (Error e) {
            internal(seed, e);
            return;
        }
        finish(seed, scored, writer, stats, listener);
    }

    /** Writes a finished call and counts it; runs on a worker or a scoring thread. */
    private void finish(long seed, Transcript t, TranscriptWriter writer, BatchStats stats, BatchListener listener) {
        try {
            writer.append(t);
            stats.add(t);
            listener.finished(t, stats);
        } catch (java.io.UncheckedIOException e) {
            abort.compareAndSet(null, new BatchResult.Abort(BatchResult.AbortKind.OUTPUT, e.getMessage()));
        } catch (RuntimeException | Error e) {
            internal(seed, e);
        }
    }

    /** A bug of ours must stop the batch loudly, never end a worker silently. */
    private void internal(long seed, Throwable e) {
        abort.compareAndSet(null, new BatchResult.Abort(BatchResult.AbortKind.INTERNAL, "seed " + seed + ": " + e));
    }

    /** Runs one call; unscored (see {@link #score}). */
    private Transcript call(BatchConfig config, long seed, TurnListener live) {
        CallSpec spec = new CallSpec(null, config.card(), config.prompts(), config.callerFactory(),
                config.calleeFactory(), seed, config.maxTurns(), config.personas().apply(seed));
        Transcript t = orchestrator.run(spec, live);
        if (stopping && ResumeIndex.failed(t.end().reason())) {
            t = interrupted(t);
        }
        if (t.end().reason() == EndReason.AUTH_ERROR) {
            abort.compareAndSet(null, new BatchResult.Abort(BatchResult.AbortKind.ENDPOINT, t.end().detail()));
        }
        return t;
    }

    private static boolean toScore(Transcript t) {
        return t.end().reason() != EndReason.AUTH_ERROR && !ResumeIndex.failed(t.end().reason());
    }

    private Transcript score(BatchConfig config, long seed, Transcript t) {
        try {
            return config.scorer().apply(t);
        } catch (RuntimeException e) {
            // the call is kept unscored (score can be run again later); the batch says so at the end
            scoreError.compareAndSet(null, "seed " + seed + ": " + e);
            unscored.incrementAndGet();
            return t;
        }
    }

    private static Transcript interrupted(Transcript t) {
        return t.withEnd(new Ending(t.end().by(), null, null, EndReason.INTERRUPTED, "stopped by the user (Ctrl-C)"));
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread w) {
        boolean interrupted = false;
        while (true) {
            try {
                w.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
