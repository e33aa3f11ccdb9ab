package dev.rolecall.card;

/** A numbered end condition; the number is what agents put in their {@code [END:n]} marker. */
public record EndCondition(int number, String text, int line) {}
