package dev.rolecall.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --card} and {@code --prompts}: the files a call is made from, or existing calls are read against. */
public class CardFileOptions {
    @Option(names = "--card", paramLabel = "FILE",
            description = "Scenario card (Markdown). Default: prompts/cards/renewal.md (bundled); for existing transcripts, the card each records while it exists.") Path card;

    @Option(names = "--prompts", paramLabel = "DIR",
            description = "Prompt folder (caller.md, callee.md, weights.json). Default: prompts/; for existing transcripts, the folder each records while it exists.") Path prompts;

    Path cardOrDefault() {
        return card != null ? card : Home.defaultCard();
    }

    Path promptsOrDefault() {
        return prompts != null ? prompts : Home.prompts();
    }
}
