package dev.rolecall.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where bundled files live. The launcher passes its own folder as {@code rolecall.home}, so
 * {@code ./rolecall run} works from any directory; a {@code prompts/} in the working directory wins,
 * because that is the copy a user is editing.
 */
final class Home {
    private Home() {}

    static Path resolve(String relative) {
        Path local = Path.of(relative);
        if (Files.exists(local)) {
            return local;
        }
        String home = System.getProperty("rolecall.home");
        if (home != null && Files.exists(Path.of(home, relative))) {
            return Path.of(home, relative);
        }
        return local;
    }

    static Path prompts() {
        return resolve("prompts");
    }

    static Path defaultCard() {
        return resolve("prompts/cards/renewal.md");
    }
}
