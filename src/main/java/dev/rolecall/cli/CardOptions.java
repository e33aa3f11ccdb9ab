package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which card and prompt templates a new call uses, with name overrides (run, batch). */
public class CardOptions {
    @Mixin CardFileOptions files;

    @Option(names = "--caller-name", paramLabel = "NAME", description = "Override the caller's name from the card.") String callerName;

    @Option(names = "--callee-name", paramLabel = "NAME", description = "Override the callee's name from the card.") String calleeName;

    Card loadCard() {
        return loadCard(files.cardOrDefault());
    }

    /** Another card (a matrix cell) with the same name overrides. */
    Card loadCard(Path card) {
        return CardParser.parse(card).withNames(callerName, calleeName);
    }

    PromptSet loadPrompts() {
        return PromptSet.load(files.promptsOrDefault());
    }
}
