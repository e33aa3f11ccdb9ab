package dev.rolecall.prompt;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.transcript.CardRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The card and prompt set a transcript was made with: the ones given on the command line, else the
 * ones it records (the path as recorded, else the same path under rolecall's home, since a recorded
 * path is relative to where the call was run; the copy whose sha256 is the recorded one first). A
 * call that records a card no longer found is an error, never scored against another card (it had
 * been scored against the bundled one, silently). A call log that names no card gets the bundled
 * one. The one place a call's card is resolved (score, compare, export), so a call scores the same
 * alone or within a file. Cached, since a file holds thousands of calls of the same card.
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
        Path path = cardOverride != null ? cardOverride : t.card() != null ? recorded(t.card(), t.id()) : defaultCard;
        // a rolecall transcript records the names it ran with (CLI overrides); a call log's speaker labels are not names
        // (a log may name its card, never with a hash)
        boolean named = t.names() != null && t.card() != null && t.card().sha256() != null;
        String key = path + "|" + (named ? t.names() : "");
        return cards.computeIfAbsent(key, k -> {
            Card c = CardParser.parse(path);
            return named ? c.withNames(t.names().get("caller"), t.names().get("callee")) : c;
        });
    }

    private final Map<String, Path> recorded = new HashMap<>();

    private Path recorded(CardRef ref, String call) {
        return recorded.computeIfAbsent(ref.path() + "|" + ref.sha256(), k -> {
            List<Path> found = new ArrayList<>();
            Path asRecorded = Path.of(ref.path());
            found.add(asRecorded);
            String home = System.getProperty("rolecall.home");
            if (home != null && !asRecorded.isAbsolute()) {
                found.add(Path.of(home).resolve(asRecorded));
            }
            found.removeIf(p -> !Files.isRegularFile(p));
            if (found.isEmpty()) {
                throw new IllegalArgumentException("call " + call + " was made with the card " + ref.path()
                        + ", which is not found from " + Path.of("").toAbsolutePath()
                        + "; run from the folder the call was made in, or name the card with --card FILE");
            }
            for (Path p : found) {
                try {
                    if (PromptSet.sha256(Files.readAllBytes(p)).equals(ref.sha256())) {
                        return p;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return found.get(0); // edited since: the card as it is now, as before
        });
    }

    public PromptSet prompts(Transcript t) {
        Path dir = promptsOverride != null ? promptsOverride
                : t.prompts() != null && Files.isDirectory(Path.of(t.prompts().dir())) ? Path.of(t.prompts().dir()) : defaultPrompts;
        return prompts.computeIfAbsent(dir.toString(), k -> PromptSet.load(dir));
    }
}
