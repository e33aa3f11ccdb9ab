package dev.rolecall.agent;

/**
 * A raw reply from an agent with its cost. Token counts are null when unknown.
 *
 * @param requests chat requests made for this reply, retries included (0 for the offline engine)
 */
public record Reply(String text, long latencyMs, Integer promptTokens, Integer completionTokens,
                    Integer cachedTokens, int requests) {

    public static Reply offline(String text, long latencyMs) {
        return new Reply(text, latencyMs, null, null, null, 0);
    }
}
