package dev.rolecall.card;

/** One entry of the knowledge base: a typical question and the answer the card prescribes. */
public record QaPair(String question, String answer, int line) {}
