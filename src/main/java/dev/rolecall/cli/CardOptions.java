package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which card and prompt templates a call uses, with name overrides. */
public class CardOptions {
    @Option(names = "--card", paramLabel = "FILE",
            description = "Scenario card (Markdown). Default: prompts/cards/renewal.md (bundled).")
    Path card;

    @Option(names = "--prompts", paramLabel = "DIR",
            description = "Prompt template folder (caller.md, callee.md). Default: prompts/.")
    Path prompts;

    @Option(names = "--caller-name", paramLabel = "NAME", description = "Override the caller's name from the card.")
    String callerName;

    @Option(names = "--callee-name", paramLabel = "NAME", description = "Override the callee's name from the card.")
    String calleeName;

    Card loadCard() {
        return CardParser.parse(card == null ? Home.defaultCard() : card).withNames(callerName, calleeName);
    }

    PromptSet loadPrompts() {
        return PromptSet.load(prompts == null ? Home.prompts() : prompts);
    }
}
