package dev.rolecall.scoring;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One labelled call scored on its card (the set's copy, else the bundled one), for tests that read a call the set holds. */
final class LabelledCalls {
    private static final Path LABELLED = Path.of("src/test/resources/labelled");

    private LabelledCalls() {}

    static Scorecard score(String set, String card, String file, String rep, String customer) {
        Path calls = LABELLED.resolve(set).resolve("calls");
        Path own = LABELLED.resolve(set).resolve("cards").resolve(card);
        Path cardFile = Files.exists(calls.resolve(card)) ? calls.resolve(card) : Files.exists(own) ? own : Path.of("prompts/cards").resolve(card);
        Scorer scorer = new Scorer(CardParser.parse(cardFile), Weights.defaultWeights());
        return scorer.score(PlainTextTranscripts.read(calls.resolve(file), Map.of(rep, Role.CALLER, customer, Role.CALLEE)));
    }
}
