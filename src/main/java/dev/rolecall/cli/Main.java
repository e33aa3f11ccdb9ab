package dev.rolecall.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rolecall} command: one class per subcommand, shared flags as mixins. --help, --version
 * and --debug are declared once here and inherited by every subcommand.
 */
@Command(name = "rolecall", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionInfo.class,
        description = "Scripted phone-call role-play with LLMs: a caller works its script, a callee plays the customer.",
        subcommands = {RunCommand.class, BatchCommand.class, ScoreCommand.class, CompareCommand.class, ExportCommand.class, ReportCommand.class, MergeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    @Mixin DebugOption debugOption;

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
        return commandLine(out, err, System.getenv());
    }

    /** The command line reading {@code env} for option defaults and API keys (tests pass their own). */
    public static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env) {
        ErrorHandler handler = new ErrorHandler();
        Environment environment = new Environment(env);
        return new CommandLine(new Main(), new CommandFactory(environment))
                .setDefaultValueProvider(new OptionDefaults(environment))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
