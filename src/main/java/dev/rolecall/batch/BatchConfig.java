package dev.rolecall.batch;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.card.Card;
import dev.rolecall.orchestrator.CallSpec;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * One batch: which calls to run (seeds, shard), how (engines, concurrency), and where the
 * results go.
 *
 * @param personas seed → callee persona variant for that call (empty map = the card's default)
 * @param scorer   applied to each finished call before it is written (identity = no scoring)
 */
public record BatchConfig(
        Card card,
        PromptSet prompts,
        AgentFactory callerFactory,
        AgentFactory calleeFactory,
        long seedStart,
        long count,
        int concurrency,
        int maxTurns,
        Shard shard,
        Path out,
        boolean retryFailed,
        LongFunction<Map<String, Object>> personas,
        UnaryOperator<Transcript> scorer) {

    /** What decides each call of this batch apart from its seed: the key for reusing lines already in {@code out}. */
    public CallInputs inputs() {
        return CallSpec.inputs(card, prompts, callerFactory, calleeFactory, maxTurns);
    }

    public BatchConfig {
        Objects.requireNonNull(out, "out");
        if (count < 1) {
            throw new IllegalArgumentException("-n must be at least 1, got " + count);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
        }
        if (maxTurns < 1) {
            // checked here, not at the first call: there it stopped the batch as an internal error (exit 70)
            throw new IllegalArgumentException("--max-turns must be at least 1, got " + maxTurns);
        }
        shard = shard == null ? Shard.ALL : shard;
        personas = personas == null ? seed -> Map.of() : personas;
        scorer = scorer == null ? UnaryOperator.identity() : scorer;
    }
}
