package dev.rolecall.cli;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.offline.OfflineAgentFactory;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiAgentFactory;
import dev.rolecall.card.Role;
import java.time.Duration;

/**
 * Builds the agent factory for each side from the shared engine flags. One rate limiter per run
 * covers both sides, because they share the endpoint's limits.
 */
final class Engines {
    private final RateLimiter limiter;

    Engines() {
        this(RateLimiter.UNLIMITED);
    }

    Engines(RateLimiter limiter) {
        this.limiter = limiter;
    }

    AgentFactory factory(EngineOptions o, Role role) {
        if (o.engineFor(role) == EngineOptions.Engine.offline) {
            return new OfflineAgentFactory();
        }
        EndpointConfig endpoint = EndpointConfig.fromEnv(o.baseUrl(), o.apiKeyEnv, o.env,
                Duration.ofSeconds(o.timeoutSeconds), o.maxRetries);
        LlmSettings settings = new LlmSettings(o.modelFor(role), o.temperatureFor(role), o.seedFor(role),
                o.maxTokensFor(role));
        return new OpenAiAgentFactory(endpoint, settings, limiter);
    }
}
