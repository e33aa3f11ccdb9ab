package dev.rolecall.cli;

import dev.rolecall.agent.AgentException;
import dev.rolecall.card.CardException;
import dev.rolecall.compare.CompareStopped;
import dev.rolecall.prompt.PromptException;
import dev.rolecall.text.Redact;
import dev.rolecall.transcript.TranscriptReader;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Every failure leaves as one line on stderr and an exit code; the stack trace only with --debug.
 * Users act on the line, so it names the file, line, flag or endpoint and what to do.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        if (debug) {
            // the trace goes through the same redaction as every line: exception messages may hold
            // a URL with credentials or an error body that echoes the key
            java.io.StringWriter trace = new java.io.StringWriter();
            ex.printStackTrace(new java.io.PrintWriter(trace));
            cmd.getErr().print(Redact.text(trace.toString()));
        }
        cmd.getErr().println("rolecall: " + Redact.text(message(ex)));
        cmd.getErr().flush();
        return exitCode(ex);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        boolean top = cmd.getParent() == null;
        cmd.getErr().println("rolecall" + (top ? "" : " " + cmd.getCommandName()) + ": " + Redact.text(ex.getMessage())
                + " (see: rolecall " + (top ? "" : cmd.getCommandName() + " ") + "--help)");
        return ExitCodes.BAD_INPUT;
    }

    static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getMessage() != null) {
            return u.getMessage();
        }
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof UserError u) {
            return u.exitCode();
        }
        if (ex instanceof CompareStopped stopped) {
            return stopped.kind() == null ? ExitCodes.INTERRUPTED : BatchOutcome.exitCode(stopped.kind());
        }
        if (ex instanceof AgentException) {
            return ExitCodes.ENDPOINT;
        }
        if (ex instanceof CardException || ex instanceof PromptException || ex instanceof IllegalArgumentException
                || ex instanceof TranscriptReader.BadTranscriptException || ex instanceof UncheckedIOException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.INTERNAL;
    }
}
