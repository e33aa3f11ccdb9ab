package dev.rolecall.card;

import java.nio.file.Path;

/** A card that cannot be used. The message is one line: file, line, what is wrong, what to do. */
public class CardException extends RuntimeException {
    private final Path file;
    private final int line;

    public CardException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
