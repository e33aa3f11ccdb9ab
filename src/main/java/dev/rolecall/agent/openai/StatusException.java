package dev.rolecall.agent.openai;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/** An HTTP error status that keeps the server's {@code Retry-After}, which langchain4j's own exception drops. */
public class StatusException extends HttpException {
    private final Duration retryAfter;

    public StatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The delay the server asked for, or null when it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
