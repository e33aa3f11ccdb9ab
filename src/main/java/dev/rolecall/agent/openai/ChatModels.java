package dev.rolecall.agent.openai;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** The one way rolecall builds a langchain4j chat model: its retries off (ours honour Retry-After), HTTP/1.1 with headers kept. */
final class ChatModels {
    private ChatModels() {}

    static OpenAiChatModel build(EndpointConfig endpoint, LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(endpoint.requestBase())
                // local servers (vLLM, Ollama) need no key, but the client insists on one
                .apiKey(endpoint.hasKey() ? endpoint.apiKey() : "no-key")
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(endpoint.timeout())
                .maxRetries(0)
                .httpClientBuilder(new HeaderAwareHttpClient.Builder().query(endpoint.requestQuery()))
                .build();
    }
}
