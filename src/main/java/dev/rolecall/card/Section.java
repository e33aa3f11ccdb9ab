package dev.rolecall.card;

/** A titled sub-section of a side as written in the card, kept verbatim so templates can quote it. */
public record Section(String title, String text, int line) {}
