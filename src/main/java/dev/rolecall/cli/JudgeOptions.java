package dev.rolecall.cli;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiChat;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.scoring.LlmJudge;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** The optional LLM judge of {@code rolecall score}: any OpenAI-compatible model, template prompts/judge.md. */
public class JudgeOptions {
    @Option(names = "--judge", description = "Also ask an LLM judge (template judge.md); its scores are stored beside the rule-based ones with their agreement.")
    boolean judge;

    @Option(names = "--judge-model", paramLabel = "NAME", description = "Judge model. Default: $ROLECALL_MODEL or gpt-4o-mini.")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", description = "Judge endpoint. Default: $ROLECALL_BASE_URL or https://api.openai.com/v1.")
    String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "OPENAI_API_KEY", description = "Default: ${DEFAULT-VALUE}.")
    String apiKeyEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Per-request timeout of the judge. Default: ${DEFAULT-VALUE}.") int timeoutSeconds;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "3", description = "Judge retries on 429, 5xx, timeouts (honouring Retry-After). Default: ${DEFAULT-VALUE}.") int maxRetries;

    /** The judge, or null when --judge was not given. */
    LlmJudge build(PromptSet prompts) {
        if (!judge) {
            return null;
        }
        var template = prompts.judge().orElseThrow(() -> new UserError(ExitCodes.BAD_INPUT,
                prompts.dir().resolve(PromptSet.JUDGE) + ": judge template missing; copy it from the bundled prompts/ folder"));
        Map<String, String> env = EngineOptions.testEnv != null ? EngineOptions.testEnv : System.getenv();
        String url = baseUrl != null ? baseUrl : env.getOrDefault("ROLECALL_BASE_URL", "https://api.openai.com/v1");
        String name = model != null ? model : env.getOrDefault("ROLECALL_MODEL", "gpt-4o-mini");
        EndpointConfig endpoint = EndpointConfig.fromEnv(url, apiKeyEnv, env, Duration.ofSeconds(timeoutSeconds), maxRetries);
        return new LlmJudge(new OpenAiChat(endpoint, new LlmSettings(name, 0.0, null, null), RateLimiter.UNLIMITED), template);
    }
}
