package dev.rolecall.card;

/** A sample utterance from the card's style section, with the card's own note on it (may be empty). */
public record StyleExample(String text, String note, boolean good, int line) {}
