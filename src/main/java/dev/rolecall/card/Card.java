package dev.rolecall.card;

import java.nio.file.Path;

/** A parsed scenario card: the caller's script and the callee's persona. */
public record Card(Path path, String sha256, Side caller, Side callee) {

    public Side side(Role role) {
        return role == Role.CALLER ? caller : callee;
    }

    /** Applies CLI name overrides; a null or blank override keeps the card's name. */
    public Card withNames(String callerName, String calleeName) {
        Side c = callerName == null || callerName.isBlank() ? caller : caller.withName(callerName);
        Side e = calleeName == null || calleeName.isBlank() ? callee : callee.withName(calleeName);
        return new Card(path, sha256, c, e);
    }
}
