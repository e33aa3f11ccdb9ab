package dev.rolecall.scoring;

import java.util.List;

/**
 * One scorecard item: a score 0..1, the turn indexes that are the evidence, and a short reason a
 * reader can check against the transcript. {@code score} is null when the item does not apply
 * (e.g. no question was asked); such items are left out of the overall score.
 */
public record Item(Double score, List<Integer> evidence, String reason) {
    public Item {
        evidence = List.copyOf(evidence);
    }

    static Item of(double score, List<Integer> evidence, String reason) {
        return new Item(Math.max(0, Math.min(1, score)), evidence, reason);
    }

    static Item notApplicable(String reason) {
        return new Item(null, List.of(), reason);
    }
}
