package dev.rolecall.cli;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.offline.OfflineAgentFactory;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiAgentFactory;
import dev.rolecall.card.Role;
import dev.rolecall.project.Endpoint;
import dev.rolecall.text.Redact;

/**
 * The engines a side can run on. Each constant builds its own agent factory, so adding an engine is
 * one constant here (and its package under agent/); nothing else switches on the engine.
 */
enum Engine {
    /** rolecall's card-driven simulator: no LLM, reads no prompt template. */
    offline(false) {
        @Override
        AgentFactory factory(EngineOptions o, Role role, RateLimiter limiter, Endpoint e) {
            return new OfflineAgentFactory();
        }

        @Override
        String describe(EngineOptions o, Role role, Endpoint e) {
            return "offline";
        }
    },
    /** Any OpenAI-compatible chat endpoint; one rate limiter per run covers both sides, as they share its limits. */
    openai(true) {
        @Override
        AgentFactory factory(EngineOptions o, Role role, RateLimiter limiter, Endpoint e) {
            LlmSettings settings = new LlmSettings(o.modelFor(role, e), o.temperatureFor(role), o.seedFor(role),
                    o.maxTokensFor(role));
            return new OpenAiAgentFactory(o.endpointConfig(e), settings, limiter);
        }

        @Override
        String describe(EngineOptions o, Role role, Endpoint e) {
            return "openai(" + o.modelFor(role, e) + " @ " + Redact.url(e != null ? e.baseUrl() : o.endpoint.baseUrl()) + ")";
        }
    };

    /** Whether this engine is an LLM that reads the prompt templates (and the endpoint flags). */
    final boolean llm;

    Engine(boolean llm) {
        this.llm = llm;
    }

    /** @param e a named endpoint of the project file (a matrix cell), or null for the endpoint flags */
    abstract AgentFactory factory(EngineOptions o, Role role, RateLimiter limiter, Endpoint e);

    /** How the banner names this engine for one side. */
    abstract String describe(EngineOptions o, Role role, Endpoint e);
}
