package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.scoring.Scorer;
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
        Scorer scorer = new Scorer(card, weights.load(prompts.dir()));
        return scorer::scoreInto;
    }
}
