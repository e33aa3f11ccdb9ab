package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The card and prompt set a transcript was made with: the ones it records when they still exist,
 * else the ones given on the command line, else the bundled ones. Cached, since a file holds
 * thousands of calls of the same card.
 */
final class TranscriptSources {
    private final Path cardOverride;
    private final Path promptsOverride;
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, PromptSet> prompts = new HashMap<>();

    TranscriptSources(Path cardOverride, Path promptsOverride) {
        this.cardOverride = cardOverride;
        this.promptsOverride = promptsOverride;
    }

    Card card(Transcript t) {
        Path path = cardOverride != null ? cardOverride
                : t.card() != null && Files.exists(Path.of(t.card().path())) ? Path.of(t.card().path()) : Home.defaultCard();
        String key = path + "|" + (t.names() == null ? "" : t.names());
        return cards.computeIfAbsent(key, k -> {
            Card c = CardParser.parse(path);
            return t.names() == null ? c : c.withNames(t.names().get("caller"), t.names().get("callee"));
        });
    }

    PromptSet prompts(Transcript t) {
        Path dir = promptsOverride != null ? promptsOverride
                : t.prompts() != null && Files.isDirectory(Path.of(t.prompts().dir())) ? Path.of(t.prompts().dir()) : Home.prompts();
        return prompts.computeIfAbsent(dir.toString(), k -> PromptSet.load(dir));
    }
}
