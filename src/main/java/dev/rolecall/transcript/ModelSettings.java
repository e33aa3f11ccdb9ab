package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rolecall.text.Redact;

/**
 * What drove one side: the engine ({@code openai} or {@code offline}) and, for an LLM, the model
 * settings. Never holds the API key; the base URL is kept without its credentials (userinfo and
 * key-like query values are masked, {@link Redact#url}), also when read from an older file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSettings(
        String engine,
        String baseUrl,
        String model,
        Double temperature,
        Integer seed,
        Integer maxTokens) {

    public ModelSettings {
        baseUrl = Redact.url(baseUrl);
    }

    public static ModelSettings offline() {
        return new ModelSettings("offline", null, null, null, null, null);
    }
}
