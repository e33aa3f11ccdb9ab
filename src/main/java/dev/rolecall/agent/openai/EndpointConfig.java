package dev.rolecall.agent.openai;

import dev.rolecall.text.Redact;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible endpoint. The key is read from the environment
 * (never a flag, so it stays out of shell history and process lists) and is deliberately left
 * out of {@link #toString()}.
 *
 * <p>{@code baseUrl} is the URL as given, which may carry credentials (people paste
 * {@code http://user:sk-…@host/v1}; Azure-style endpoints take {@code ?api-key=…}). It is only
 * used to send requests: everything shown or stored uses {@link #displayUrl()}, where those are
 * masked. Userinfo is not sent (the JDK client drops it); query parameters are sent with every
 * request ({@link #requestQuery()}), since langchain4j appends its path to the base URL.
 *
 * @param apiKeyEnv name of the environment variable the key came from (for messages)
 * @param maxRetries rolecall's own retries on 429/5xx/timeouts/connection errors
 * @param backoff    first retry delay when the server sends no Retry-After; doubles each time
 */
public record EndpointConfig(String baseUrl, String apiKeyEnv, String apiKey, Duration timeout, int maxRetries,
                             Duration backoff) {

    public EndpointConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Redact.secretsOf(baseUrl);
        Redact.secret(apiKey);
        if (!baseUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("--base-url must start with http:// or https://, got '"
                    + Redact.url(baseUrl) + "'");
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

    /** The base URL as it may be printed, logged and stored: no userinfo, credential query values masked. */
    public String displayUrl() {
        return Redact.url(baseUrl);
    }

    /** The base URL requests are built on: no userinfo, no query (langchain4j appends its path to it). */
    String requestBase() {
        String url = Redact.withoutUserinfo(baseUrl);
        int cut = indexOfQueryOrFragment(url);
        return cut < 0 ? url : url.substring(0, cut).replaceAll("/+$", "");
    }

    /** The base URL's query string (without '?'), appended to every request; null when there is none. */
    String requestQuery() {
        int q = baseUrl.indexOf('?');
        if (q < 0) {
            return null;
        }
        int hash = baseUrl.indexOf('#', q);
        String query = hash < 0 ? baseUrl.substring(q + 1) : baseUrl.substring(q + 1, hash);
        return query.isEmpty() ? null : query;
    }

    private static int indexOfQueryOrFragment(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        return q < 0 ? h : h < 0 ? q : Math.min(q, h);
    }

    /** True when the user's URL carries {@code user:password@}, which is neither sent nor stored. */
    public boolean hasUserinfo() {
        return Redact.hasUserinfo(baseUrl);
    }

    @Override
    public String toString() {
        return "EndpointConfig[baseUrl=" + displayUrl() + ", key=" + (hasKey() ? "$" + apiKeyEnv : "none") + ", timeout="
                + timeout + ", maxRetries=" + maxRetries + "]";
    }
}
