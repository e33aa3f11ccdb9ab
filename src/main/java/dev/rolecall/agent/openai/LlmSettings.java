package dev.rolecall.agent.openai;

import dev.rolecall.transcript.ModelSettings;

/**
 * Model settings of one side. A null field leaves the provider's default.
 *
 * @param seed sampling seed; null = the call seed, so each call of a batch samples differently
 *             but reproducibly (for providers that honour seeds)
 */
public record LlmSettings(String model, Double temperature, Integer seed, Integer maxTokens) {

    public LlmSettings {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a model name is required (--model or --caller-model/--callee-model)");
        }
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be within 0..2, got " + temperature);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be at least 1, got " + maxTokens);
        }
    }

    public ModelSettings record(String baseUrl) {
        return new ModelSettings("openai", baseUrl, model, temperature, seed, maxTokens);
    }
}
