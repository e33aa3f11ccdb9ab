package dev.rolecall.batch;

/**
 * How a batch went.
 *
 * @param skipped      seeds already in the output file and not run again
 * @param failedKept   failed calls (endpoint errors, interrupted) already in the file and not retried
 * @param abort        what stopped the batch early, or null
 * @param unscored     calls written unscored because scoring failed on them
 * @param scoreError   the first of those failures, or null
 */
public record BatchResult(BatchStats stats, long skipped, int failedRetried, int failedKept, int tornLines,
                          Abort abort, boolean interrupted, long unscored, String scoreError) {

    /** Why a batch stopped before running every seed. */
    public enum AbortKind {
        /** An error every call would hit (401/403, unknown model). */
        ENDPOINT,
        /** The output file cannot be written (disk full, permissions). */
        OUTPUT,
        /** A bug of rolecall's; the one line names the seed. */
        INTERNAL
    }

    public record Abort(AbortKind kind, String message) {}

    /** Failed calls in the file after this run: new failures plus old ones not retried. */
    public long failedInFile() {
        return stats.failures() + failedKept;
    }
}
