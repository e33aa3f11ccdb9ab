package dev.rolecall.card;

import java.nio.file.Path;

/**
 * A parsed scenario card: the caller's script and the callee's persona, and what the parser warns about
 * (printed by run and batch; a card with warnings is still used).
 */
public record Card(Path path, String sha256, Side caller, Side callee, java.util.List<CardWarning> warnings) {

    public Card {
        warnings = java.util.List.copyOf(warnings);
    }

    public Card(Path path, String sha256, Side caller, Side callee) {
        this(path, sha256, caller, callee, java.util.List.of());
    }

    public Side side(Role role) {
        return role == Role.CALLER ? caller : callee;
    }

    /** Applies CLI name overrides; a null or blank override keeps the card's name. */
    public Card withNames(String callerName, String calleeName) {
        Side c = callerName == null || callerName.isBlank() ? caller : caller.withName(callerName);
        Side e = calleeName == null || calleeName.isBlank() ? callee : callee.withName(calleeName);
        return new Card(path, sha256, c, e, warnings);
    }
}
