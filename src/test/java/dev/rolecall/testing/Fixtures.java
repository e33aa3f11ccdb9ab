package dev.rolecall.testing;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;

/** The bundled card and prompt templates, as users get them. */
public final class Fixtures {
    private Fixtures() {}

    public static Card renewal() {
        return CardParser.parse(Path.of("prompts/cards/renewal.md"));
    }

    public static Card card(String name) {
        return CardParser.parse(Path.of("prompts/cards", name));
    }

    public static PromptSet prompts() {
        return PromptSet.load(Path.of("prompts"));
    }
}
