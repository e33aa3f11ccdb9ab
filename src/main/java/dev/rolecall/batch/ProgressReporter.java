package dev.rolecall.batch;

import dev.rolecall.transcript.Transcript;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress on stderr: a live bar on a terminal (done/total, calls/s, ETA, failures,
 * tokens), and plain lines every few seconds otherwise (CI logs, files), never both.
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
            bar.setExtraMessage(" fail " + stats.failures() + " tok " + stats.tokens());
            return;
        }
        long now = System.nanoTime();
        long done = stats.calls();
        if (now - lastLine >= intervalNanos || done == total) {
            lastLine = now;
            double secs = Math.max((now - start) / 1e9, 1e-3);
            double rate = done / secs;
            long eta = rate > 0 ? (long) ((total - done) / rate) : -1;
            err.printf("rolecall: %d/%d calls  %.1f calls/s  ETA %s  failures %d  tokens %d%n", done, total, rate,
                    eta < 0 ? "?" : eta + "s", stats.failures(), stats.tokens());
        }
    }

    @Override
    public void aborted(String reason) {
        close();
        err.println("rolecall: batch aborted: " + reason);
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
