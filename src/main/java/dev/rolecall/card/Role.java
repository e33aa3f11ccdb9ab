package dev.rolecall.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two sides of a call. Serialised as {@code caller} / {@code callee}. */
public enum Role {
    CALLER, CALLEE;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public Role other() {
        return this == CALLER ? CALLEE : CALLER;
    }

    @JsonCreator
    public static Role of(String id) {
        return valueOf(id.trim().toUpperCase());
    }
}
