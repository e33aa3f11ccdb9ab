package dev.rolecall.scoring;

import java.util.List;

/**
 * How one script step fared.
 *
 * @param status     {@code covered}, {@code skipped_justified} (the callee made it unnecessary) or {@code missed}
 * @param turn       the caller turn that carried it out (or the callee turn that made it unnecessary), or null
 * @param similarity best meaning match of a caller turn with the step's lines
 * @param turns      every caller turn that carries the step out ({@code turn} is the first clear one); order is
 *                   judged on these, so a recap or a turn that also touches a later step does not make it late
 */
public record StepResult(int number, String title, String status, Integer turn, double similarity, String why, List<Integer> turns) {
    public StepResult {
        turns = turns == null ? List.of() : List.copyOf(turns); // scorecards written before turns were kept
    }

    StepResult(int number, String title, String status, Integer turn, double similarity, String why) {
        this(number, title, status, turn, similarity, why, turn == null ? List.of() : List.of(turn));
    }

    public static final String COVERED = "covered";
    public static final String SKIPPED = "skipped_justified";
    public static final String MISSED = "missed";
}
