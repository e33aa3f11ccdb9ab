package dev.rolecall.orchestrator;

import java.util.List;

/** A reply after {@link ReplyCleaner}: what is kept as spoken, and what was noticed. */
public record CleanedReply(String text, List<String> flags) {
    public CleanedReply {
        flags = List.copyOf(flags);
    }
}
