package dev.rolecall.cli;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.card.Role;
import dev.rolecall.text.Redact;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which engine drives each side, and the LLM settings per role. A per-role option beats the
 * shared one ({@code --caller-model} beats {@code --model}).
 */
public class EngineOptions {

    public enum Engine { offline, openai }

    @Option(names = "--engine", paramLabel = "offline|openai",
            description = "Engine for both sides. Default: openai when --base-url or --model (or $ROLECALL_BASE_URL / $ROLECALL_MODEL) is set, else offline.")
    Engine engine;

    @Option(names = "--caller-engine", paramLabel = "offline|openai", description = "Engine for the caller only.")
    Engine callerEngine;

    @Option(names = "--callee-engine", paramLabel = "offline|openai", description = "Engine for the callee only.")
    Engine calleeEngine;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "OpenAI-compatible endpoint, e.g. https://api.openai.com/v1, http://127.0.0.1:8000/v1. Default: $ROLECALL_BASE_URL or https://api.openai.com/v1.")
    String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "OPENAI_API_KEY",
            description = "Environment variable holding the API key (the key itself is never a flag). Default: ${DEFAULT-VALUE}.")
    String apiKeyEnv;

    @Option(names = "--model", paramLabel = "NAME", description = "Model for both sides. Default: $ROLECALL_MODEL or gpt-4o-mini.")
    String model;

    @Option(names = "--caller-model", paramLabel = "NAME", description = "Model for the caller only (overrides --model).") String callerModel;
    @Option(names = "--callee-model", paramLabel = "NAME", description = "Model for the callee only (overrides --model).") String calleeModel;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature for both sides.")
    Double temperature;

    @Option(names = "--caller-temperature", paramLabel = "T", description = "Temperature for the caller only.") Double callerTemperature;
    @Option(names = "--callee-temperature", paramLabel = "T", description = "Temperature for the callee only.") Double calleeTemperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Max tokens per utterance for both sides.")
    Integer maxTokens;

    @Option(names = "--caller-max-tokens", paramLabel = "N", description = "Max tokens per utterance for the caller only.") Integer callerMaxTokens;
    @Option(names = "--callee-max-tokens", paramLabel = "N", description = "Max tokens per utterance for the callee only.") Integer calleeMaxTokens;

    @Option(names = "--caller-seed", paramLabel = "N", description = "LLM sampling seed for the caller (default: the call seed).")
    Integer callerSeed;

    @Option(names = "--callee-seed", paramLabel = "N", description = "LLM sampling seed for the callee (default: the call seed).")
    Integer calleeSeed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-request timeout. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "3",
            description = "Retries on 429, 5xx, timeouts and connection errors (honouring Retry-After). Default: ${DEFAULT-VALUE}.")
    int maxRetries;

    /** Tests set this instead of the process environment. */
    static volatile Map<String, String> testEnv;

    Map<String, String> env = testEnv != null ? testEnv : System.getenv();

    Engine engineFor(Role role) {
        Engine perRole = role == Role.CALLER ? callerEngine : calleeEngine;
        if (perRole != null) {
            return perRole;
        }
        if (engine != null) {
            return engine;
        }
        boolean configured = baseUrl != null || model != null || callerModel != null || calleeModel != null
                || env.get("ROLECALL_BASE_URL") != null || env.get("ROLECALL_MODEL") != null;
        return configured ? Engine.openai : Engine.offline;
    }

    String baseUrl() {
        if (baseUrl != null) {
            return baseUrl;
        }
        return env.getOrDefault("ROLECALL_BASE_URL", "https://api.openai.com/v1");
    }

    String modelFor(Role role) {
        return perRole(role, callerModel, calleeModel, model != null ? model : env.getOrDefault("ROLECALL_MODEL", "gpt-4o-mini"));
    }

    Double temperatureFor(Role role) {
        return perRole(role, callerTemperature, calleeTemperature, temperature);
    }

    Integer maxTokensFor(Role role) {
        return perRole(role, callerMaxTokens, calleeMaxTokens, maxTokens);
    }

    Integer seedFor(Role role) {
        return perRole(role, callerSeed, calleeSeed, null);
    }

    /** The per-role flag when given, else the shared one. */
    private static <T> T perRole(Role role, T caller, T callee, T shared) {
        T own = role == Role.CALLER ? caller : callee;
        return own != null ? own : shared;
    }

    /** One line for stderr: which engine runs each side and how to switch. */
    String banner() {
        Engine caller = engineFor(Role.CALLER);
        Engine callee = engineFor(Role.CALLEE);
        StringBuilder sb = new StringBuilder("rolecall: engines caller=").append(describe(Role.CALLER))
                .append(" callee=").append(describe(Role.CALLEE));
        if (caller == Engine.offline || callee == Engine.offline) {
            sb.append(" — offline is rolecall's card-driven simulator, not an LLM");
            if (caller == Engine.offline && callee == Engine.offline) {
                sb.append("; for an LLM add --base-url URL --model NAME (key in $").append(apiKeyEnv).append(')');
            }
        }
        if ((caller == Engine.openai || callee == Engine.openai) && Redact.hasUserinfo(baseUrl())) {
            sb.append(" — the user:password@ part of --base-url is neither sent nor stored; put the key in $")
                    .append(apiKeyEnv);
        }
        return sb.toString();
    }

    private String describe(Role role) {
        return engineFor(role) == Engine.offline ? "offline" : "openai(" + modelFor(role) + " @ " + Redact.url(baseUrl()) + ")";
    }

    /** Built by {@link Engines}; kept here so every command shares the same flags. */
    AgentFactory factory(Role role, Engines engines) {
        return engines.factory(this, role);
    }
}
