package dev.rolecall.compare;

import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;
import java.util.List;

/**
 * A comparison to run: prompt variant A against B in every cell (card × model), on the same seeds.
 *
 * @param variantA what the output and the tags call variant A (its folder, or its name in rolecall.yaml)
 * @param n        seeds per variant and cell
 * @param repeats  calls per seed (pass^k)
 * @param noLlm    neither side reads a prompt template, so the variants cannot differ (said when they render alike)
 */
public record ComparePlan(List<CompareCell> cells, PromptSet a, PromptSet b, String variantA, String variantB,
                          long seedStart, int n, int repeats, int concurrency, int maxTurns, Path outDir, boolean noLlm) {
    public ComparePlan {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: no card");
        }
    }

    /** One past the last seed of the plan. */
    long seedEnd() {
        return seedStart + (long) n * repeats;
    }
}
