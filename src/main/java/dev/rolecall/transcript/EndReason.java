package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Every way a call can end. Only {@link #END_CONDITION} is a call that ended as the card intends. */
public enum EndReason {
    /** A side put a valid {@code [END:n]} marker in its utterance. */
    END_CONDITION,
    /** A side signalled the end with a number its card does not have; kept, but not a legitimate end. */
    UNKNOWN_CONDITION,
    /** {@code --max-turns} utterances were spoken without an end marker. */
    MAX_TURNS,
    /** A side repeated an utterance it had already said. */
    LOOP,
    /** A side's reply was empty after cleaning. */
    EMPTY_REPLY,
    /** The endpoint refused the key or the model (401/403/404): nothing to retry. */
    AUTH_ERROR,
    /** The endpoint failed after rolecall's retries (429, 5xx, timeout, connection). */
    LLM_ERROR,
    /** Stopped from outside (Ctrl-C) while the call was in flight. */
    INTERRUPTED;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static EndReason of(String id) {
        return valueOf(id.trim().toUpperCase());
    }

    /** True when the call ran its course (a card end condition), as opposed to being cut. */
    public boolean completed() {
        return this == END_CONDITION;
    }
}
