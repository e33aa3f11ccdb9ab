package dev.rolecall.cli;

import dev.rolecall.agent.openai.Warmup;
import dev.rolecall.text.Redact;
import dev.rolecall.transcript.TranscriptJson;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rolecall} command: one class per subcommand, shared flags as mixins. --help, --version
 * and --debug are declared once here and inherited by every subcommand.
 */
@Command(addMethodSubcommands = false, name = "rolecall", mixinStandardHelpOptions = false, scope = ScopeType.INHERIT,
        description = "Scripted phone-call role-play with LLMs: a caller works its script, a callee plays the customer.")
public final class Main {
    /**
     * The subcommands, in the order --help lists them. They are added in code rather than in the annotation so
     * that a command line naming one of them builds only that one's model: picocli reads every option of every
     * subcommand by reflection, about 0.3-0.8 s of start-up on a cold JVM that a batch does not need.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, BatchCommand.class, ScoreCommand.class,
            CompareCommand.class, ExportCommand.class, ReportCommand.class, MergeCommand.class, ConfigCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);
    /**
     * Their names (HelpTest checks them against the annotations), so that finding the one a command line names reads
     * no annotation: each class's {@code @Command} read costs annotation parsing and a proxy, 10% of the main
     * thread's samples before a batch's first request when all ten were read (issue 13).
     */
    static final List<String> SUBCOMMAND_NAMES = List.of("run", "batch", "score", "compare", "export", "report", "merge",
            "config", "completion", "help");
    /** Commands that need the whole tree (they print or walk it). */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    @Mixin DebugOption debugOption;

    // read before parsing (its values are option defaults, see Project); declared so picocli accepts it
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Project file. Default: rolecall.yaml in the working directory, when there is one.")
    Path config;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        // DJL (under the embedding model) must not phone home; set before any model class loads.
        System.setProperty("OPT_OUT_TRACKING", "true");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return execute(out, err, System.getenv(), Path.of(""), args);
    }

    /**
     * Runs a command line against the given environment; tests call this instead of main.
     *
     * @param workDir where rolecall.yaml is looked for, or null to read one only when --config names it
     */
    public static int execute(PrintStream out, PrintStream err, Map<String, String> env, Path workDir, String... args) {
        String sub = subcommand(args);
        boolean makesCalls = "run".equals(sub) || "batch".equals(sub);
        if (makesCalls && llmLikely(args, env, Project.NONE)) {
            // the command line or the environment names an endpoint: warm up from here, before the project file is
            // read (the warm-up is the longest path to the first request, issue 13)
            Warmup.start(Main::afterFirstRequest);
        }
        Project project = Project.find(args, workDir);
        // a broken project file stops every command but the one that explains it
        if (!project.problems().isEmpty() && !"config".equals(subcommand(args))) {
            // redacted like every error line: a base_url may carry user:password@
            err.println("rolecall: " + Redact.text(project.problems().get(0).toString()) + (project.problems().size() > 1
                    ? " (and " + (project.problems().size() - 1) + " more: rolecall config check lists them)" : ""));
            return ExitCodes.BAD_INPUT;
        }
        String only = only(args);
        if (makesCalls && sub.equals(only) && llmLikely(args, env, project)) {
            // the LLM request path once, on a canned reply and without I/O, then the transcript writer, while this
            // thread reads the command line and the card: the first request leaves sooner, the first call ends sooner
            Warmup.start(Main::afterFirstRequest);
        }
        return commandLine(out, err, env, project, only).execute(args);
    }

    /** Warm-up work for after the first request has left: the transcript writer, then the request path to compiled code. */
    private static void afterFirstRequest() {
        TranscriptJson.warmUp();
        Warmup.stepPath(STEP_PATH_WARMUPS);
    }

    /**
     * How many canned exchanges {@link #afterFirstRequest} runs (see {@link Warmup#stepPath}); the system property
     * rolecall.stepWarmups overrides it (0: none). Measured on job 1 of issue 13 (120 requests): 250 took the step
     * gap from 5.8 to 4.3 ms, 600 to 3.65 ms, for 0.35 s more CPU while the calls wait; job 2 (768 requests): 3.5 to
     * 2.5 ms at the same CPU.
     */
    static final int STEP_PATH_WARMUPS = Integer.getInteger("rolecall.stepWarmups", 600);

    /**
     * Whether a run or batch will likely use the LLM engine, by the rule of {@link EngineOptions#engineFor} read
     * off the raw arguments: an endpoint or model named (flag, environment or project file) and no offline engine
     * for both sides. A wrong guess costs a little background CPU, nothing else.
     */
    static boolean llmLikely(String[] args, Map<String, String> env, Project project) {
        List<String> a = List.of(args);
        if (a.contains("--engine=offline") || Collections.indexOfSubList(a, List.of("--engine", "offline")) >= 0) {
            return false;
        }
        boolean named = !isBlank(env.get("ROLECALL_BASE_URL")) || !isBlank(env.get("ROLECALL_MODEL"))
                || project.loaded() != null && (project.loaded().endpoint() != null || !project.loaded().endpoints().isEmpty());
        for (String arg : args) {
            named |= arg.startsWith("--base-url") || arg.startsWith("--model") || arg.startsWith("--caller-model")
                    || arg.startsWith("--callee-model") || arg.equals("openai") || arg.endsWith("=openai");
        }
        return named;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The one subcommand a command line needs the model of, or null for all of them: when no subcommand is named
     * (the top-level --help lists them all), one that is misspelt (the error suggests the nearest), or help and
     * completion, which walk the whole tree. A subcommand's own --help and --version need only its model.
     */
    static String only(String[] args) {
        String name = subcommand(args);
        if (name == null || WHOLE_TREE.contains(name)) {
            return null;
        }
        return SUBCOMMAND_NAMES.contains(name) ? name : null;
    }

    /** The first word that is neither an option nor --config's value. */
    private static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, System.getenv(), Project.NONE);
    }

    /** The command line reading {@code env} and the project file for option defaults and API keys. */
    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env, Project project) {
        return commandLine(out, err, env, project, null);
    }

    private static void versionProvider(CommandLine command, CommandLine.IVersionProvider provider) {
        command.getCommandSpec().versionProvider(provider);
        for (CommandLine sub : command.getSubcommands().values()) {
            versionProvider(sub, provider);
        }
    }

    /** As above, with only the subcommand named {@code only} (see {@link #only}), or all when null. */
    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env, Project project, String only) {
        ErrorHandler handler = new ErrorHandler();
        Environment environment = new Environment(env);
        CommandFactory factory = new CommandFactory(environment, project);
        CommandLine root = new CommandLine(new Main(), factory);
        for (int i = 0; i < SUBCOMMANDS.size(); i++) {
            if (only == null || only.equals(SUBCOMMAND_NAMES.get(i))) {
                root.addSubcommand(SUBCOMMANDS.get(i));
            }
        }
        // --help and --version after the subcommands, as the annotation (mixinStandardHelpOptions) adds them: each
        // subcommand lists them after the inherited --debug and --config, and help keeps its own -h
        root.getCommandSpec().mixinStandardHelpOptions(true);
        // --version's text on every command, set here rather than in the annotation: picocli asks an inherited provider
        // for its text each time it adds a subcommand (to copy it, unused: the provider answers --version), and the
        // text is read from the jar's git properties; set last, it is read only when --version is asked
        versionProvider(root, new VersionInfo());
        // settings last: picocli applies them to the subcommands present
        return root.setDefaultValueProvider(new OptionDefaults(environment, project.loaded()))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
