package dev.rolecall.compare;

import dev.rolecall.batch.BatchResult;

/** A comparison stopped before its calls were made: an abort every call would hit, or an interruption. */
public final class CompareStopped extends RuntimeException {
    private final transient BatchResult.AbortKind kind;

    /** @param kind why the batch under it aborted, or null when it was interrupted */
    public CompareStopped(BatchResult.AbortKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public BatchResult.AbortKind kind() {
        return kind;
    }
}
