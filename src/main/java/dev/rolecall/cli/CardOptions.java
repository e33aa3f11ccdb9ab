package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which card and prompt templates a new call uses, with name overrides (run, batch). */
public class CardOptions {
    @Mixin CardFileOptions files;

    @Option(names = "--caller-name", paramLabel = "NAME", description = "Override the caller's name from the card.") String callerName;

    @Option(names = "--callee-name", paramLabel = "NAME", description = "Override the callee's name from the card.") String calleeName;

    Card loadCard() {
        return loadCard(files.cardOrDefault());
    }

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    /** Cards whose warnings were printed: a matrix loads one card per cell, the user reads them once. */
    private final java.util.Set<Path> warned = new java.util.HashSet<>();

    /** Another card (a matrix cell) with the same name overrides. */
    Card loadCard(Path card) {
        Card c = CardParser.parse(card).withNames(callerName, calleeName);
        // a card that loads but is not read as written says so, one line each, before any call is spent
        if (!c.warnings().isEmpty() && command != null && warned.add(card.toAbsolutePath().normalize())) {
            java.io.PrintWriter err = command.commandLine().getErr();
            c.warnings().forEach(w -> err.println("rolecall: warning: " + w));
            err.flush();
        }
        return c;
    }

    PromptSet loadPrompts() {
        return PromptSet.load(files.promptsOrDefault());
    }
}
