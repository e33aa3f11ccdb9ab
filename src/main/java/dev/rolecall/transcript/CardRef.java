package dev.rolecall.transcript;

/** Which card a call ran, with its hash so a changed card is noticed. */
public record CardRef(String path, String sha256) {}
