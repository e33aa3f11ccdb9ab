package dev.rolecall.cli;

import dev.rolecall.agent.openai.EndpointConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where an OpenAI-compatible endpoint is and how patiently to ask it; the LLM engine and the judge share these flags. */
public class EndpointOptions {
    static final String DEFAULT_URL = "https://api.openai.com/v1";

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:ROLECALL_BASE_URL}",
            description = "OpenAI-compatible endpoint, e.g. https://api.openai.com/v1, http://127.0.0.1:8000/v1. Default: $ROLECALL_BASE_URL or " + DEFAULT_URL + ".") String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "OPENAI_API_KEY",
            description = "Environment variable holding the API key (the key itself is never a flag). Default: ${DEFAULT-VALUE}.") String apiKeyEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-request timeout. Default: 60 (the judge of score: 120).") Integer timeoutSeconds;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "3",
            description = "Retries on 429, 5xx, timeouts and connection errors (honouring Retry-After). Default: ${DEFAULT-VALUE}.") int maxRetries;

    /** Whether the user named an endpoint (flag or environment), which makes the LLM engine the default. */
    boolean named() {
        return baseUrl != null;
    }

    String baseUrl() {
        return baseUrl != null ? baseUrl : DEFAULT_URL;
    }

    /** The endpoint with its key read from the environment (never from a flag or a file). */
    EndpointConfig config(Environment env, int defaultTimeoutSeconds) {
        return config(env, defaultTimeoutSeconds, baseUrl(), apiKeyEnv);
    }

    /** Another endpoint (a named one of the project file) asked as patiently as these flags say. */
    EndpointConfig config(Environment env, int defaultTimeoutSeconds, String url, String keyEnv) {
        int seconds = timeoutSeconds != null ? timeoutSeconds : defaultTimeoutSeconds;
        return EndpointConfig.fromEnv(url, keyEnv, env.vars(), Duration.ofSeconds(seconds), maxRetries);
    }
}
