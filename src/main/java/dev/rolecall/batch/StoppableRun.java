package dev.rolecall.batch;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a batch so that Ctrl-C stops it cleanly: a shutdown hook stops the runner and holds the JVM
 * until the calls in flight are written as interrupted, so re-running the command finishes the job.
 */
public final class StoppableRun {
    private StoppableRun() {}

    public static BatchResult run(BatchConfig config, BatchListener listener) {
        BatchRunner runner = new BatchRunner();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.stop();
            try {
                finished.await(); // let in-flight calls be written as interrupted before the JVM exits
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "rolecall-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run(config, listener);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
        }
    }
}
