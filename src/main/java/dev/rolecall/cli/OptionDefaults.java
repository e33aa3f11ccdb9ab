package dev.rolecall.cli;

import dev.rolecall.project.Endpoint;
import dev.rolecall.project.ProjectFile;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults, in this order: the environment variable an option names ({@code ${env:NAME}} or
 * {@code ${env:NAME:-fallback}}, read from the command line's {@link Environment} rather than the
 * process's, so tests pass their own), then the project file (rolecall.yaml), then the default
 * written in the annotation. Flags beat all of them. An unset variable without fallback leaves the
 * option null ("not configured"), exactly as picocli's own interpolation would.
 *
 * @param project the project file, or null
 */
record OptionDefaults(Environment env, ProjectFile project) implements CommandLine.IDefaultValueProvider {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?}");
    /** Commands that make new calls: the only ones whose --card/--prompts default to the project's (score reads what a call records). */
    private static final Set<String> MAKERS = Set.of("run", "batch");

    @Override
    public String defaultValue(ArgSpec arg) {
        Matcher m = ENV.matcher(declaredDefault(arg));
        if (m.matches() && env.get(m.group(1)) != null) {
            return env.get(m.group(1));
        }
        Object fromProject = project != null && arg instanceof OptionSpec o && !o.isMultiValue() ? fromProject(o) : null;
        if (fromProject != null) {
            return fromProject.toString();
        }
        if (!m.matches()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : CommandLine.Option.NULL_VALUE;
    }

    /**
     * Picocli appends this to a string for every option it applies a default to, traced or not (about 60 for a
     * batch): a record's own toString would print the whole environment, API keys included, each time.
     */
    @Override
    public String toString() {
        return "rolecall's option defaults (environment, project file, annotation)";
    }

    /** The project file's value for an option, or null. */
    private Object fromProject(OptionSpec o) {
        Endpoint e = project.endpoint();
        boolean maker = MAKERS.contains(o.command().name());
        return switch (o.longestName()) {
            case "--base-url" -> e == null ? null : e.baseUrl();
            case "--api-key-env" -> e == null ? null : e.keyEnv();
            case "--model" -> e == null ? null : e.model();
            case "--rpm" -> e == null ? null : e.rpm();
            case "--tpm" -> e == null ? null : e.tpm();
            case "--price-in" -> e == null ? null : e.priceIn();
            case "--price-out" -> e == null ? null : e.priceOut();
            case "--card" -> maker && !project.cards().isEmpty() ? project.cards().get(0) : null;
            case "--prompts" -> maker ? project.prompts() : null;
            case "--personas" -> project.personas();
            case "--out-dir" -> project.output();
            default -> null;
        };
    }

    /** The default as written in the annotation (picocli only exposes it already interpolated). */
    private static String declaredDefault(ArgSpec arg) {
        if (arg.userObject() instanceof AnnotatedElement element) {
            CommandLine.Option option = element.getAnnotation(CommandLine.Option.class);
            if (option != null) {
                return option.defaultValue();
            }
        }
        return "";
    }
}
