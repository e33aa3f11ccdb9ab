package dev.rolecall.cli;

/** rolecall's exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A failed gate, e.g. {@code compare --fail-if-worse}. */
    public static final int FAILED_CHECK = 1;
    public static final int BAD_INPUT = 2;
    public static final int ENDPOINT = 3;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
