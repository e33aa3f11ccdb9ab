package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.scoring.BackgroundScorer;
import dev.rolecall.transcript.Transcript;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Whether run and batch score each call as it finishes, and with which weights. */
public class ScoringOptions {
    @Option(names = "--no-score", description = "Do not score calls as they finish.") boolean noScore;

    @Mixin WeightsOption weights;

    UnaryOperator<Transcript> scorer(Card card, PromptSet prompts) {
        if (noScore) {
            return UnaryOperator.identity();
        }
        // the embedding model loads in the background while the first calls wait for the endpoint
        var w = weights.load(prompts.dir());
        return DeferredScorer.start(() -> BackgroundScorer.start(card, w));
    }
}
