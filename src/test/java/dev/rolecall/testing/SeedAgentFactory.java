package dev.rolecall.testing;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.ModelSettings;
import dev.rolecall.transcript.Turn;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;

/**
 * Deterministic agents for batch tests: each utterance names the seed and turn; the callee ends
 * the call on its ({@code 2 + seed % 3})-th reply. Seeds matching {@code failing} throw.
 */
public final class SeedAgentFactory implements AgentFactory {
    private final LongPredicate failing;
    private final AgentException.Kind failure;
    private final long sleepMs;
    public final AtomicInteger requests = new AtomicInteger();

    public SeedAgentFactory(LongPredicate failing, AgentException.Kind failure, long sleepMs) {
        this.failing = failing;
        this.failure = failure;
        this.sleepMs = sleepMs;
    }

    public static SeedAgentFactory healthy() {
        return new SeedAgentFactory(s -> false, null, 0);
    }

    @Override
    public Agent create(CallContext ctx) {
        return new Agent() {

            @Override
            public Reply respond(List<Turn> history) throws AgentException {
                requests.incrementAndGet();
                if (sleepMs > 0) {
                    try {
                        Thread.sleep(sleepMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AgentException(AgentException.Kind.OTHER, "interrupted", 1, e);
                    }
                }
                if (failing.test(ctx.seed())) {
                    throw new AgentException(failure, "http://fake/v1: scripted " + failure, 1, null);
                }
                int mine = (int) history.stream().filter(t -> t.speaker() == ctx.role()).count();
                String text = ctx.role().id() + " seed " + ctx.seed() + " turn " + history.size();
                if (ctx.role() == Role.CALLEE && mine + 1 >= 2 + ctx.seed() % 3) {
                    text += " [END:1]";
                }
                return new Reply(text, sleepMs, 10, 5, null, 1);
            }
        };
    }

    @Override
    public ModelSettings settings() {
        return new ModelSettings("test", null, "seed-agent", null, null, null);
    }
}
