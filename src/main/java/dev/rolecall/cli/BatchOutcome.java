package dev.rolecall.cli;

import dev.rolecall.batch.BatchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns how a batch went into one line on stderr and an exit code. A batch that left failed or
 * unscored calls behind is not a success: it exits {@link ExitCodes#INCOMPLETE} and prints the
 * command that finishes the job.
 */
final class BatchOutcome {
    private BatchOutcome() {}

    /**
     * @param command the command line as typed (its arguments), to print the re-run that finishes the job
     */
    static int report(BatchResult result, Path out, List<String> command, PrintWriter err) {
        String retry = retryCommand(command);
        if (result.abort() != null) {
            BatchResult.Abort abort = result.abort();
            err.println(switch (abort.kind()) {
                case ENDPOINT -> "rolecall: " + abort.message() + " — batch stopped; fix it, then finish with: " + retry;
                case OUTPUT -> "rolecall: " + abort.message() + " — batch stopped; calls already in " + out
                        + " are kept; free the space, then finish with: " + retry;
                case INTERNAL -> "rolecall: internal error, batch stopped (" + abort.message()
                        + "); calls already in " + out + " are kept; please report it with --debug output";
            });
            return exitCode(abort.kind());
        }
        if (result.interrupted()) {
            err.println("rolecall: interrupted; calls in flight were saved as interrupted; finish with: " + retry);
            return ExitCodes.INTERRUPTED;
        }
        long failed = result.failedInFile();
        if (failed > 0) {
            err.println("rolecall: " + failed + " call" + (failed == 1 ? "" : "s") + " in " + out
                    + " failed (endpoint errors, see end reasons); re-run them with: " + retry);
            return ExitCodes.INCOMPLETE;
        }
        if (result.unscored() > 0) {
            err.println("rolecall: " + result.unscored() + " call" + (result.unscored() == 1 ? " was" : "s were")
                    + " saved unscored (first: " + result.scoreError() + "); score them with: rolecall score --in-place "
                    + quote(out.toString()));
            return ExitCodes.INCOMPLETE;
        }
        return ExitCodes.OK;
    }

    /** The exit code of a batch stopped early, for batch and compare alike. */
    static int exitCode(BatchResult.AbortKind kind) {
        return switch (kind) {
            case ENDPOINT -> ExitCodes.ENDPOINT;
            case OUTPUT -> ExitCodes.BAD_INPUT;
            case INTERNAL -> ExitCodes.INTERNAL;
        };
    }

    static String retryCommand(List<String> command) {
        // credentials in a --base-url stay masked (***): the user puts them back, rolecall never prints them
        String args = command.stream().map(dev.rolecall.text.Redact::text).map(BatchOutcome::quote)
                .collect(Collectors.joining(" "));
        return "rolecall " + args + (command.contains("--retry-failed") ? "" : " --retry-failed");
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
