package dev.rolecall.cli;

import java.util.Map;

/**
 * The environment variables a command reads: option defaults written {@code ${env:NAME}} and the
 * API key named by {@code --api-key-env}. Passed in (the process environment in production, a map
 * in tests), so no production code carries a test hook and tests never see the developer's shell.
 */
record Environment(Map<String, String> vars) {
    Environment {
        vars = Map.copyOf(vars);
    }

    String get(String name) {
        return vars.get(name);
    }
}
