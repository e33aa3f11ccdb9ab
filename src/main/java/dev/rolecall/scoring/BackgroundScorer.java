package dev.rolecall.scoring;

import dev.rolecall.card.Card;
import dev.rolecall.transcript.Transcript;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * A {@link Scorer} built on a daemon thread from the moment it is asked for: loading the embedding
 * model and embedding the card takes 1-2 s of CPU, which then overlaps the first LLM requests
 * instead of delaying them (issue 13). Scoring the first call waits for it; a failure to build is
 * thrown there, as it would have been at construction.
 */
public final class BackgroundScorer implements UnaryOperator<Transcript> {
    private final CompletableFuture<Scorer> scorer = new CompletableFuture<>();

    private BackgroundScorer(Card card, Weights weights) {
        Thread loader = new Thread(() -> {
            try {
                scorer.complete(new Scorer(card, weights));
            } catch (Throwable e) {
                scorer.completeExceptionally(e);
            }
        }, "rolecall-scorer-init");
        loader.setDaemon(true);
        loader.start();
    }

    /** Starts building the scorer now; the weights are read (and checked) by the caller first. */
    public static UnaryOperator<Transcript> start(Card card, Weights weights) {
        return new BackgroundScorer(card, weights);
    }

    @Override
    public Transcript apply(Transcript t) {
        Scorer s;
        try {
            s = scorer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        return s.scoreInto(t);
    }
}
