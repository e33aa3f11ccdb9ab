package dev.rolecall.agent.openai;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.Role;
import dev.rolecall.text.Redact;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of one call on an LLM. The model sees the call from its own side: its turns as
 * assistant messages, the other side's as user messages. The request only ever grows at the end
 * (same system prompt, same history prefix), so providers' prompt caching applies turn after turn.
 * The caller opens, so its history starts with a fixed user message saying the line is open.
 */
final class OpenAiAgent implements Agent {
    private final Role role;
    private final String systemPrompt;
    private final String firstTurn;
    private final int seed;
    private final Double temperature;
    private final RetryingChat chat;

    /** No spoken utterance is this long; a longer reply is a broken or hostile server, and ends the call as llm_error. */
    static final int MAX_REPLY_CHARS = 20_000;

    OpenAiAgent(Role role, String systemPrompt, String firstTurn, int seed, Double temperature, RetryingChat chat) {
        this.role = role;
        this.systemPrompt = systemPrompt;
        this.firstTurn = firstTurn;
        this.seed = seed;
        this.temperature = temperature;
        this.chat = chat;
    }



    @Override
    public Reply respond(List<Turn> history) throws AgentException {
        long t0 = System.nanoTime();
        RetryingChat.Result result = chat.send(messages(history), seed, temperature);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ChatResponse r = result.response();
        String text = r.aiMessage() == null || r.aiMessage().text() == null ? "" : r.aiMessage().text();
        if (text.length() > MAX_REPLY_CHARS) {
            throw chat.badReply("a reply of " + text.length() + " characters, over the " + MAX_REPLY_CHARS
                    + "-character limit for one utterance; set --max-tokens or check the server", result.requests());
        }
        // a server that echoes the key (or a URL credential) back must not get it into the transcript
        text = Redact.secrets(text);
        TokenUsage usage = r.tokenUsage();
        Integer cached = usage instanceof OpenAiTokenUsage o && o.inputTokensDetails() != null
                ? o.inputTokensDetails().cachedTokens() : null;
        return new Reply(text, ms, usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount(), cached, result.requests());
    }

    /** System prompt, then the call so far from this side's point of view. */
    List<ChatMessage> messages(List<Turn> history) {
        List<ChatMessage> m = new ArrayList<>(history.size() + 2);
        m.add(SystemMessage.from(systemPrompt));
        if (role == Role.CALLER) {
            m.add(UserMessage.from(firstTurn));
        }
        for (Turn t : history) {
            String text = t.text().isEmpty() ? "……" : t.text();
            m.add(t.speaker() == role ? AiMessage.from(text) : UserMessage.from(text));
        }
        return m;
    }
}
