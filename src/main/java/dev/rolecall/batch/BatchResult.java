package dev.rolecall.batch;

/**
 * How a batch went.
 *
 * @param abortReason the one line that stopped the batch early (401, 404 model...), or null
 * @param skipped     seeds already in the output file and not run again
 */
public record BatchResult(BatchStats stats, long skipped, int failedRetried, int tornLines, String abortReason,
                          boolean interrupted) {}
