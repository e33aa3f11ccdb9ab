package dev.rolecall.cli;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.card.Role;
import dev.rolecall.project.Endpoint;
import dev.rolecall.text.Redact;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which engine drives each side, and the LLM settings per role. A per-role option beats the
 * shared one ({@code --caller-model} beats {@code --model}).
 */
public class EngineOptions {
    static final String DEFAULT_MODEL = "gpt-4o-mini";

    private final Environment env;

    EngineOptions(Environment env) {
        this.env = env;
    }

    @Mixin EndpointOptions endpoint;

    @Option(names = "--engine", paramLabel = "offline|openai",
            description = "Engine for both sides. Default: openai when --base-url or --model (or $ROLECALL_BASE_URL / $ROLECALL_MODEL) is set, else offline.") Engine engine;
    @Option(names = "--caller-engine", paramLabel = "offline|openai", description = "Engine for the caller only.") Engine callerEngine;
    @Option(names = "--callee-engine", paramLabel = "offline|openai", description = "Engine for the callee only.") Engine calleeEngine;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "${env:ROLECALL_MODEL}",
            description = "Model for both sides. Default: $ROLECALL_MODEL or " + DEFAULT_MODEL + ".") String model;
    @Option(names = "--caller-model", paramLabel = "NAME", description = "Model for the caller only (overrides --model).") String callerModel;
    @Option(names = "--callee-model", paramLabel = "NAME", description = "Model for the callee only (overrides --model).") String calleeModel;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature for both sides.") Double temperature;
    @Option(names = "--caller-temperature", paramLabel = "T", description = "Temperature for the caller only.") Double callerTemperature;
    @Option(names = "--callee-temperature", paramLabel = "T", description = "Temperature for the callee only.") Double calleeTemperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Max tokens per utterance for both sides.") Integer maxTokens;
    @Option(names = "--caller-max-tokens", paramLabel = "N", description = "Max tokens per utterance for the caller only.") Integer callerMaxTokens;
    @Option(names = "--callee-max-tokens", paramLabel = "N", description = "Max tokens per utterance for the callee only.") Integer calleeMaxTokens;

    @Option(names = "--caller-seed", paramLabel = "N", description = "LLM sampling seed for the caller (default: the call seed).") Integer callerSeed;
    @Option(names = "--callee-seed", paramLabel = "N", description = "LLM sampling seed for the callee (default: the call seed).") Integer calleeSeed;

    Engine engineFor(Role role) {
        return engineFor(role, null);
    }

    /** @param e a named endpoint (a matrix cell), which makes the LLM engine the default, or null */
    Engine engineFor(Role role, Endpoint e) {
        Engine own = perRole(role, callerEngine, calleeEngine, engine);
        if (own != null) {
            return own;
        }
        boolean configured = e != null || endpoint.named() || model != null || callerModel != null || calleeModel != null;
        return configured ? Engine.openai : Engine.offline;
    }

    /** A named endpoint's model beats --model (it is the matrix's axis); --caller-model/--callee-model beat both. */
    String modelFor(Role role, Endpoint e) {
        String shared = e != null && e.model() != null ? e.model() : model != null ? model : DEFAULT_MODEL;
        return perRole(role, callerModel, calleeModel, shared);
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

    EndpointConfig endpointConfig(Endpoint e) {
        return e == null ? endpoint.config(env, 60) : endpoint.config(env, 60, e.baseUrl(), e.keyEnv());
    }

    /** The per-role flag when given, else the shared one. */
    private static <T> T perRole(Role role, T caller, T callee, T shared) {
        T own = role == Role.CALLER ? caller : callee;
        return own != null ? own : shared;
    }

    /** The agent factory of one side; one limiter per run, shared by both sides. */
    AgentFactory factory(Role role, RateLimiter limiter) {
        return factory(role, limiter, null);
    }

    AgentFactory factory(Role role, RateLimiter limiter, Endpoint e) {
        return engineFor(role, e).factory(this, role, limiter, e);
    }

    /** Whether neither side reads a prompt template (so prompt variants cannot differ). */
    boolean noLlm() {
        return !engineFor(Role.CALLER).llm && !engineFor(Role.CALLEE).llm;
    }

    /** One line for stderr: which engine runs each side and how to switch. */
    String banner() {
        boolean callerLlm = engineFor(Role.CALLER).llm;
        boolean calleeLlm = engineFor(Role.CALLEE).llm;
        StringBuilder sb = new StringBuilder("rolecall: engines caller=").append(engineFor(Role.CALLER).describe(this, Role.CALLER, null))
                .append(" callee=").append(engineFor(Role.CALLEE).describe(this, Role.CALLEE, null));
        if (!callerLlm || !calleeLlm) {
            sb.append(" — offline is rolecall's card-driven simulator, not an LLM");
            if (!callerLlm && !calleeLlm) {
                sb.append("; for an LLM add --base-url URL --model NAME (key in $").append(endpoint.apiKeyEnv).append(')');
            }
        }
        if ((callerLlm || calleeLlm) && Redact.hasUserinfo(endpoint.baseUrl())) {
            sb.append(" — the user:password@ part of --base-url is neither sent nor stored; put the key in $")
                    .append(endpoint.apiKeyEnv);
        }
        return sb.toString();
    }
}
