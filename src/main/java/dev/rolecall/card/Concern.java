package dev.rolecall.card;

/** A callee concern; the level says how readily the persona raises it. */
public record Concern(Level level, String text, int line) {
    public enum Level { PRIMARY, SECONDARY, LATENT }
}
