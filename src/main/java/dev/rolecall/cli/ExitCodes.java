package dev.rolecall.cli;

/** rolecall's exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A failed gate, e.g. {@code compare --fail-if-worse}. */
    public static final int FAILED_CHECK = 1;
    public static final int BAD_INPUT = 2;
    public static final int ENDPOINT = 3;
    /** The command ran, but some calls failed or could not be scored; the line printed says how to finish. */
    public static final int INCOMPLETE = 4;
    /** A bug of rolecall's (sysexits EX_SOFTWARE); {@code --debug} shows where. */
    public static final int INTERNAL = 70;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
