package dev.rolecall.cli;

import java.lang.reflect.AnnotatedElement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Resolves option defaults written {@code ${env:NAME}} or {@code ${env:NAME:-fallback}} against the
 * command line's {@link Environment} rather than the process's, so tests pass their own variables.
 * An unset variable without fallback leaves the option null ("not configured"), exactly as picocli's
 * own interpolation would. Options with any other default are left to picocli.
 */
final class OptionDefaults implements CommandLine.IDefaultValueProvider {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?}");
    private final Environment env;

    OptionDefaults(Environment env) {
        this.env = env;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        Matcher m = ENV.matcher(declaredDefault(arg));
        if (!m.matches()) {
            return null;
        }
        String value = env.get(m.group(1));
        if (value != null) {
            return value;
        }
        return m.group(2) != null ? m.group(2) : CommandLine.Option.NULL_VALUE;
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
