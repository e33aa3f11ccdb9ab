package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What drove one side: the engine ({@code openai} or {@code offline}) and, for an LLM, the model
 * settings. Never holds the API key; the base URL is kept because it is not a secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSettings(
        String engine,
        String baseUrl,
        String model,
        Double temperature,
        Integer seed,
        Integer maxTokens) {

    public static ModelSettings offline() {
        return new ModelSettings("offline", null, null, null, null, null);
    }
}
