package dev.rolecall.cli;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiChat;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.judge.LlmJudge;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The optional LLM judge of {@code rolecall score}: any OpenAI-compatible model, template prompts/judge.md. */
public class JudgeOptions {
    private final Environment env;

    JudgeOptions(Environment env) {
        this.env = env;
    }

    @Mixin EndpointOptions endpoint;

    @Option(names = "--judge", description = "Also ask an LLM judge (template judge.md); its scores are stored beside the rule-based ones with their agreement.") boolean judge;

    @Option(names = "--judge-model", paramLabel = "NAME", defaultValue = "${env:ROLECALL_MODEL}",
            description = "Judge model. Default: $ROLECALL_MODEL or " + EngineOptions.DEFAULT_MODEL + ".") String model;

    /** The judge, or null when --judge was not given. */
    LlmJudge build(PromptSet prompts) {
        if (!judge) {
            return null;
        }
        var template = prompts.judge().orElseThrow(() -> new UserError(ExitCodes.BAD_INPUT,
                prompts.dir().resolve(PromptSet.JUDGE) + ": judge template missing; copy it from the bundled prompts/ folder"));
        String name = model != null ? model : EngineOptions.DEFAULT_MODEL;
        // the judge reads long transcripts: a longer timeout than a call's utterances
        return new LlmJudge(new OpenAiChat(endpoint.config(env, 120), new LlmSettings(name, 0.0, null, null),
                RateLimiter.UNLIMITED), template);
    }
}
