package dev.rolecall.project;

/**
 * A named OpenAI-compatible endpoint of the project file. The key is never here: only the name of
 * the environment variable holding it.
 *
 * @param rpm      requests per minute the endpoint allows, or null for no limit
 * @param priceIn  USD per 1M input tokens, for cost estimates, or null
 */
public record Endpoint(String name, String baseUrl, String keyEnv, String model, Double rpm, Double tpm,
                       Double priceIn, Double priceOut) {}
