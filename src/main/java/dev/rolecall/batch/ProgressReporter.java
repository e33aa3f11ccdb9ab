package dev.rolecall.batch;

import dev.rolecall.transcript.Transcript;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress on stderr: a live bar on a terminal (done/total, calls/s, utterances/s, retries,
 * ETA, failures, tokens), and plain lines every few seconds otherwise (CI logs, files), never both.
 * The ETA follows the pace of the last 64 calls, not the average since start-up.
 */
public final class ProgressReporter implements BatchListener {
    private final PrintWriter err;
    private final boolean tty;
    private final long intervalNanos;
    private ProgressBar bar;
    private long total;
    private long start;
    private volatile long lastLine;

    public ProgressReporter(PrintWriter err, boolean tty, Duration plainInterval) {
        this.err = err;
        this.tty = tty;
        this.intervalNanos = plainInterval.toNanos();
    }

    @Override
    public void started(long toRun, long alreadyDone) {
        total = toRun;
        start = System.nanoTime();
        lastLine = start;
        if (alreadyDone > 0) {
            err.println("rolecall: resuming, " + alreadyDone + " calls already in the file, " + toRun + " to run");
        }
        if (tty) {
            bar = new ProgressBarBuilder().setTaskName("calls").setInitialMax(toRun)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8)))
                    .setUpdateIntervalMillis(250).showSpeed().build();
        }
    }

    @Override
    public void finished(Transcript transcript, BatchStats stats) {
        if (bar != null) {
            bar.step();
        }
        long now = System.nanoTime();
        synchronized (recent) {
            recent.addLast(now);
            while (recent.size() > WINDOW) {
                recent.removeFirst();
            }
        }
        refresh(stats, now, stats.calls() == total);
    }

    /** Between finished calls too: a retry storm shows while it happens, not when its calls end. */
    @Override
    public void spoke(BatchStats stats) {
        refresh(stats, System.nanoTime(), false);
    }

    private void refresh(BatchStats stats, long now, boolean last) {
        if (bar != null) {
            bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %.1f utt/s retries %d fail %d tok %d",
                    stats.utterancesSoFar() / elapsedSeconds(), stats.retriesSoFar(), stats.failures(), stats.tokens()));
            return;
        }
        if (now - lastLine >= intervalNanos || last) {
            lastLine = now;
            long done = stats.calls();
            double secs = elapsedSeconds();
            long eta = eta(now, total - done);
            err.printf(java.util.Locale.ROOT, "rolecall: %d/%d calls  %.1f calls/s  %.1f utterances/s  ETA %s  retries %d"
                            + "  failures %d  tokens %d%n", done, total, done / secs, stats.utterancesSoFar() / secs,
                    eta < 0 ? "?" : eta + "s", stats.retriesSoFar(), stats.failures(), stats.tokens());
        }
    }

    /** Completion times of the last calls: the ETA follows the current pace, not the slow start-up. */
    private final java.util.ArrayDeque<Long> recent = new java.util.ArrayDeque<>();
    private static final int WINDOW = 64;

    private long eta(long now, long remaining) {
        synchronized (recent) {
            double span = (now - (recent.isEmpty() ? now : recent.peekFirst())) / 1e9;
            // calls finish in bursts of the concurrency at first: the window decides only once it spans
            // a full 64 calls over several seconds; until then the average since start
            double rate = recent.size() == WINDOW && span >= 5 ? (recent.size() - 1) / span
                    : (total - remaining) / elapsedSeconds();
            return rate > 0 ? (long) Math.ceil(remaining / rate) : -1;
        }
    }

    private double elapsedSeconds() {
        return Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    }

    @Override
    public void aborted(String reason) {
        close(); // the command prints the one line saying why and how to finish
    }

    @Override
    public void done(BatchStats stats) {
        close();
    }

    private synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
