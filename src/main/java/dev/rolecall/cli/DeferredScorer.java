package dev.rolecall.cli;

import dev.rolecall.agent.openai.Warmup;
import dev.rolecall.transcript.Transcript;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A batch's scorer, started once the first LLM request is in flight rather than at start-up: building it (embedding
 * model, card) is 1-2 s of CPU on a thread of its own, which on 2 cores delayed the first request (issue 13); started
 * then, it overlaps the wait for the endpoint instead. Scoring a call that ends before that starts it at once, so
 * every call is scored as before.
 */
final class DeferredScorer implements UnaryOperator<Transcript> {
    private final Supplier<UnaryOperator<Transcript>> build;
    private final AtomicReference<UnaryOperator<Transcript>> scorer = new AtomicReference<>();

    private DeferredScorer(Supplier<UnaryOperator<Transcript>> build) {
        this.build = build;
    }

    /** {@code build} starts a background scorer (cheap: it spawns its loader); called once, after the first request. */
    static UnaryOperator<Transcript> start(Supplier<UnaryOperator<Transcript>> build) {
        DeferredScorer d = new DeferredScorer(build);
        Warmup.afterFirstRequest(d::scorer);
        return d;
    }

    private UnaryOperator<Transcript> scorer() {
        UnaryOperator<Transcript> s = scorer.get();
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (scorer.get() == null) {
                scorer.set(build.get());
            }
            return scorer.get();
        }
    }

    @Override
    public Transcript apply(Transcript t) {
        return scorer().apply(t);
    }
}
