package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.Transcript;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Whether run and batch score each call as it finishes. */
public class ScoringOptions {
    @Option(names = "--no-score", description = "Do not score calls as they finish.")
    boolean noScore;

    UnaryOperator<Transcript> scorer(Card card, PromptSet prompts) {
        return UnaryOperator.identity();
    }
}
