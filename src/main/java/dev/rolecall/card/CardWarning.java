package dev.rolecall.card;

import java.nio.file.Path;

/**
 * Something in a card that rolecall reads differently from how it is written, or not at all, while the card
 * stays usable: an unknown heading, a Q&A with no entries, no opening line. One line, like {@link CardException}.
 */
public record CardWarning(Path file, int line, String problem) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
