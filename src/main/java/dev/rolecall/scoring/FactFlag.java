package dev.rolecall.scoring;

/** A fact the caller stated that the card does not back: what was said, where, and what the card says. */
public record FactFlag(int turn, String type, String said, String card) {}
