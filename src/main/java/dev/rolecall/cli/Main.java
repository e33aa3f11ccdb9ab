package dev.rolecall.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rolecall} command: one class per subcommand, shared flags as mixins. */
@Command(name = "rolecall", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Scripted phone-call role-play with LLMs: a caller works its script, a callee plays the customer.",
        subcommands = {RunCommand.class, BatchCommand.class, ScoreCommand.class, CompareCommand.class, ExportCommand.class, ReportCommand.class, MergeCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int execute(String... args) {
        // DJL (under the embedding model) must not phone home; set before any model class loads.
        System.setProperty("OPT_OUT_TRACKING", "true");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return commandLine(out, err).execute(args);
    }

    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        ErrorHandler handler = new ErrorHandler();
        return new CommandLine(new Main())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
