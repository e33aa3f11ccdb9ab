package dev.rolecall.agent.openai;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.RateLimiter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain chat exchange on an OpenAI-compatible endpoint with rolecall's retry policy, for uses
 * other than playing a side (the LLM judge). Thread-safe; one per endpoint and model.
 */
public final class OpenAiChat {
    private final RetryingChat chat;
    private final LlmSettings settings;

    public OpenAiChat(EndpointConfig endpoint, LlmSettings settings, RateLimiter limiter) {
        this.settings = settings;
        Warmup.await(); // never run langchain4j beside the warm-up (see there)
        OpenAiChatModel model = ChatModels.build(endpoint, settings);
        this.chat = new RetryingChat(model, endpoint, settings, limiter == null ? RateLimiter.UNLIMITED : limiter);
    }

    /** The model's answer to a system prompt and a sequence of user/assistant texts (user first). */
    public String ask(String system, List<String> alternating) throws AgentException {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system));
        for (int i = 0; i < alternating.size(); i++) {
            messages.add(i % 2 == 0 ? UserMessage.from(alternating.get(i))
                    : dev.langchain4j.data.message.AiMessage.from(alternating.get(i)));
        }
        var r = chat.send(messages, settings.seed() == null ? 0 : settings.seed(), null).response();
        return r.aiMessage() == null || r.aiMessage().text() == null ? "" : dev.rolecall.text.Redact.secrets(r.aiMessage().text());
    }

    public String model() {
        return settings.model();
    }
}
