package dev.rolecall.scoring;

/**
 * A checkable fact in an utterance: its type, its normalised value (what is compared) and the
 * words as said (what is shown).
 */
public record Fact(Type type, String value, String said) {

    public enum Type { DISCOUNT, PERCENT, DURATION, DATE, TIME, PHONE, EMAIL, MONEY, NAME_IN_QUOTES }
}
