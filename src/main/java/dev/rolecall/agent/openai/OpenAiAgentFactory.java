package dev.rolecall.agent.openai;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import java.nio.charset.StandardCharsets;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.transcript.ModelSettings;

/**
 * Agents backed by an OpenAI-compatible chat endpoint through langchain4j. One model client per
 * factory, shared by every call (it is thread-safe and pools connections). langchain4j's retries
 * are off: they ignore {@code Retry-After} and log stack traces; {@link RetryingChat} retries instead.
 */
public final class OpenAiAgentFactory implements AgentFactory {

    private final EndpointConfig endpoint;
    private final LlmSettings settings;
    private final RetryingChat chat;
    /**
     * {@link #settings()}, built once: each build redacts the base URL twice (here and in ModelSettings), and every
     * call of a batch asks for both sides' settings twice when its transcript is put together, on the worker between
     * its last reply and the next call's first request (issue 13). Endpoint and settings are immutable records.
     */
    private final ModelSettings recorded;

    public OpenAiAgentFactory(EndpointConfig endpoint, LlmSettings settings, RateLimiter limiter) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.recorded = settings.record(endpoint.displayUrl());
        Warmup.await(); // never run langchain4j beside the warm-up (see there)
        OpenAiChatModel model = ChatModels.build(endpoint, settings);
        this.chat = new RetryingChat(model, endpoint, settings, limiter == null ? RateLimiter.UNLIMITED : limiter);
    }

    @Override
    public Agent create(CallContext context) {
        String system = context.prompts().systemPrompt(context.card(), context.role(), context.persona());
        int seed = settings.seed() != null ? settings.seed() : (int) context.seed();
        // a batch may vary the temperature per call (diverse training data); it is recorded in the persona
        Double temperature = context.persona().get("temperature") instanceof Number t ? t.doubleValue() : null;
        return new OpenAiAgent(context.role(), system, context.prompts().firstTurn(), seed, temperature, chat);
    }

    /** The model sees the rendered system prompt (and the caller its first-turn text): that is the input. */
    @Override
    public CallInputs.SideInputs inputs(Card card, PromptSet prompts, Role role) {
        String shown = prompts.systemPrompt(card, role) + (role == Role.CALLER ? "\u0000" + prompts.firstTurn() : "");
        return new CallInputs.SideInputs(settings(), PromptSet.sha256(shown.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ModelSettings settings() {
        return recorded;
    }
}
