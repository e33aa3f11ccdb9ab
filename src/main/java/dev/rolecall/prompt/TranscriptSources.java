package dev.rolecall.prompt;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The card and prompt set a transcript was made with: the ones given on the command line, else the
 * ones it records when they still exist, else the bundled ones. The one place a call's card is
 * resolved (score, compare, export), so a call scores the same alone or within a file. Cached,
 * since a file holds thousands of calls of the same card.
 */
public final class TranscriptSources {
    private final Path cardOverride;
    private final Path promptsOverride;
    private final Path defaultCard;
    private final Path defaultPrompts;
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, PromptSet> prompts = new HashMap<>();

    /**
     * @param cardOverride    the card given on the command line, or null
     * @param promptsOverride the prompt folder given on the command line, or null
     * @param defaultCard     the bundled card, for calls whose recorded card is gone
     * @param defaultPrompts  the bundled prompt folder, likewise
     */
    public TranscriptSources(Path cardOverride, Path promptsOverride, Path defaultCard, Path defaultPrompts) {
        this.cardOverride = cardOverride;
        this.promptsOverride = promptsOverride;
        this.defaultCard = defaultCard;
        this.defaultPrompts = defaultPrompts;
    }

    public Card card(Transcript t) {
        Path path = cardOverride != null ? cardOverride
                : t.card() != null && Files.exists(Path.of(t.card().path())) ? Path.of(t.card().path()) : defaultCard;
        // a rolecall transcript records the names it ran with (CLI overrides); a call log's speaker labels are not names
        boolean named = t.names() != null && t.card() != null;
        String key = path + "|" + (named ? t.names() : "");
        return cards.computeIfAbsent(key, k -> {
            Card c = CardParser.parse(path);
            return named ? c.withNames(t.names().get("caller"), t.names().get("callee")) : c;
        });
    }

    public PromptSet prompts(Transcript t) {
        Path dir = promptsOverride != null ? promptsOverride
                : t.prompts() != null && Files.isDirectory(Path.of(t.prompts().dir())) ? Path.of(t.prompts().dir()) : defaultPrompts;
        return prompts.computeIfAbsent(dir.toString(), k -> PromptSet.load(dir));
    }
}
