package dev.rolecall.compare;

import java.util.List;

/**
 * The outcome of a comparison.
 *
 * @param pooled     every pair of every cell (the only cell when there is one)
 * @param cells      per cell, when the comparison had more than one
 * @param incomplete why some calls are missing from the pairs (failed calls to re-run), or null
 */
public record Comparison(String labelA, String labelB, int repeats, PairedScores pooled, List<Cell> cells, String incomplete) {
    /** One cell's pairs and where its calls are. */
    public record Cell(String label, PairedScores pairs, String fileA, String fileB) {}

    public Comparison {
        cells = List.copyOf(cells);
    }

    /** Whether B is significantly worse overall (for {@code --fail-if-worse}). */
    public boolean bWorse() {
        return pooled.compare().stream().anyMatch(r -> r.item().equals("overall")
                && r.verdict() == PairedComparison.Verdict.B_WORSE);
    }
}
