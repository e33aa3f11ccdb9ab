package dev.rolecall.batch;

import dev.rolecall.transcript.Transcript;

/** Follows a batch: progress bars, plain progress lines, tests. Called from worker threads. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {};

    default void started(long toRun, long alreadyDone) {}

    default void finished(Transcript transcript, BatchStats stats) {}

    /** An utterance was spoken in a running call: retries show while they happen, not when the call ends. */
    default void spoke(BatchStats stats) {}

    default void aborted(String reason) {}

    default void done(BatchStats stats) {}
}
