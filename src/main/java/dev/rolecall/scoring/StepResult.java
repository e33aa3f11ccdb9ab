package dev.rolecall.scoring;

/**
 * How one script step fared.
 *
 * @param status     {@code covered}, {@code skipped_justified} (the callee made it unnecessary) or {@code missed}
 * @param turn       the caller turn that carried it out (or the callee turn that made it unnecessary), or null
 * @param similarity best meaning match of a caller turn with the step's lines
 */
public record StepResult(int number, String title, String status, Integer turn, double similarity, String why) {
    public static final String COVERED = "covered";
    public static final String SKIPPED = "skipped_justified";
    public static final String MISSED = "missed";
}
