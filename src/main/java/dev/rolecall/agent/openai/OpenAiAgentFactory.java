package dev.rolecall.agent.openai;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.transcript.ModelSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Agents backed by an OpenAI-compatible chat endpoint through langchain4j. One model client per
 * factory, shared by every call (it is thread-safe and pools connections). langchain4j's retries
 * are off: they ignore {@code Retry-After} and log stack traces; {@link RetryingChat} retries instead.
 */
public final class OpenAiAgentFactory implements AgentFactory {

    /** What the caller's model is shown before it opens, when the template folder has no first-turn.md. */
    static final String DEFAULT_FIRST_TURN = "（电话已接通，对方拿起了电话。请说你的开场白。）";

    private final EndpointConfig endpoint;
    private final LlmSettings settings;
    private final RetryingChat chat;

    public OpenAiAgentFactory(EndpointConfig endpoint, LlmSettings settings, RateLimiter limiter) {
        this.endpoint = endpoint;
        this.settings = settings;
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                // local servers (vLLM, Ollama) need no key, but the client insists on one
                .apiKey(endpoint.hasKey() ? endpoint.apiKey() : "no-key")
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(endpoint.timeout())
                .maxRetries(0)
                .httpClientBuilder(new HeaderAwareHttpClient.Builder())
                .build();
        this.chat = new RetryingChat(model, endpoint, settings, limiter == null ? RateLimiter.UNLIMITED : limiter);
    }

    @Override
    public Agent create(CallContext context) {
        String system = context.prompts().systemPrompt(context.card(), context.role());
        int seed = settings.seed() != null ? settings.seed() : (int) context.seed();
        return new OpenAiAgent(context.role(), system, firstTurn(context.prompts().dir()), seed, chat);
    }

    @Override
    public ModelSettings settings() {
        return settings.record(endpoint.baseUrl());
    }

    private static String firstTurn(Path promptsDir) {
        Path file = promptsDir.resolve("first-turn.md");
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : DEFAULT_FIRST_TURN;
        } catch (IOException e) {
            return DEFAULT_FIRST_TURN;
        }
    }
}
