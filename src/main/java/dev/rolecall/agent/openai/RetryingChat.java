package dev.rolecall.agent.openai;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One chat request with rolecall's retry policy: 429, 5xx, timeouts and connection errors are
 * retried up to {@code maxRetries} times with exponential backoff and jitter, waiting what the
 * server's {@code Retry-After} asks when it sends one. Every attempt first passes the endpoint's
 * rate limiter. Built on Failsafe rather than a hand-written loop.
 */
final class RetryingChat {
    private final ChatModel model;
    private final EndpointConfig endpoint;
    private final LlmSettings settings;
    private final RateLimiter limiter;
    private final RetryPolicy<ChatResponse> policy;

    RetryingChat(ChatModel model, EndpointConfig endpoint, LlmSettings settings, RateLimiter limiter) {
        this.model = model;
        this.endpoint = endpoint;
        this.settings = settings;
        this.limiter = limiter;
        Duration base = endpoint.backoff();
        this.policy = RetryPolicy.<ChatResponse>builder()
                .handleIf((result, failure) -> failure != null && Failures.retryable(failure))
                .withMaxRetries(endpoint.maxRetries())
                .withDelayFn(ctx -> delay(Failures.retryAfter(ctx.getLastException()), base, ctx.getAttemptCount()))
                .build();
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /**
     * A server's Retry-After is a floor, so jitter only adds to it (up to 10%); without one,
     * exponential backoff from {@code base}, capped, with ±25% jitter so parallel calls spread out.
     */
    static Duration delay(Duration retryAfter, Duration base, int attempts) {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        if (retryAfter != null) {
            return retryAfter.plusMillis((long) (retryAfter.toMillis() * 0.1 * r.nextDouble()));
        }
        long ms = Math.min(MAX_BACKOFF.toMillis(), base.toMillis() << Math.min(Math.max(attempts - 1, 0), 16));
        return Duration.ofMillis((long) (ms * (0.75 + 0.5 * r.nextDouble())));
    }

    /** The response and how many HTTP requests it took. */
    record Result(ChatResponse response, int requests) {}

    Result send(List<ChatMessage> messages, int seed, Double temperature) throws AgentException {
        var params = OpenAiChatRequestParameters.builder().seed(seed);
        if (temperature != null) {
            params.temperature(temperature);
        }
        ChatRequest request = ChatRequest.builder().messages(messages).parameters(params.build()).build();
        // only a limiter reads the estimate (it copies every message's text)
        int estimate = limiter.limited() ? estimateTokens(messages) : 0;
        AtomicInteger attempts = new AtomicInteger();
        try {
            ChatResponse response = Failsafe.with(policy).get(() -> {
                limiter.acquire(estimate);
                attempts.incrementAndGet();
                ChatResponse r = model.chat(request);
                if (r.tokenUsage() != null && r.tokenUsage().totalTokenCount() != null) {
                    limiter.settle(estimate, r.tokenUsage().totalTokenCount());
                }
                return r;
            });
            return new Result(response, attempts.get());
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw Failures.toAgentException(cause, endpoint, settings.model(), attempts.get());
        } catch (RuntimeException e) {
            throw Failures.toAgentException(e, endpoint, settings.model(), attempts.get());
        }
    }

    /** An answer that arrived but cannot be used (too long, …): one line naming the endpoint; not retried. */
    AgentException badReply(String what, int requests) {
        return new AgentException(AgentException.Kind.OTHER,
                Failures.redact(endpoint.displayUrl() + ": " + what, endpoint), requests, null);
    }

    /** Rough token count for the tpm limiter (about 2 characters a token for mixed Chinese text). */
    private int estimateTokens(List<ChatMessage> messages) {
        int chars = 0;
        for (ChatMessage m : messages) {
            chars += m.toString().length();
        }
        return chars / 2 + (settings.maxTokens() == null ? 200 : settings.maxTokens());
    }
}
