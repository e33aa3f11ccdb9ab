package dev.rolecall.agent.openai;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible endpoint. The key is read from the environment
 * (never a flag, so it stays out of shell history and process lists) and is deliberately left
 * out of {@link #toString()}.
 *
 * @param apiKeyEnv name of the environment variable the key came from (for messages)
 * @param maxRetries rolecall's own retries on 429/5xx/timeouts/connection errors
 * @param backoff    first retry delay when the server sends no Retry-After; doubles each time
 */
public record EndpointConfig(String baseUrl, String apiKeyEnv, String apiKey, Duration timeout, int maxRetries,
                             Duration backoff) {

    public EndpointConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("--base-url must start with http:// or https://, got '" + baseUrl + "'");
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("--max-retries must be 0 or more, got " + maxRetries);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
    }

    /** Reads the key from {@code env[apiKeyEnv]}; a missing key is allowed (local servers need none). */
    public static EndpointConfig fromEnv(String baseUrl, String apiKeyEnv, Map<String, String> env, Duration timeout,
                                         int maxRetries) {
        String key = env.get(apiKeyEnv);
        return new EndpointConfig(baseUrl, apiKeyEnv, key == null || key.isBlank() ? null : key.trim(), timeout,
                maxRetries, null);
    }

    public boolean hasKey() {
        return apiKey != null;
    }

    @Override
    public String toString() {
        return "EndpointConfig[baseUrl=" + baseUrl + ", key=" + (hasKey() ? "$" + apiKeyEnv : "none") + ", timeout="
                + timeout + ", maxRetries=" + maxRetries + "]";
    }
}
