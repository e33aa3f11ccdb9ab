package dev.rolecall.export;

import dev.rolecall.card.Role;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code rolecall export} was asked for.
 *
 * @param minScore    keep calls scoring at least this (0..100), or null for no score filter
 * @param dedupe      Jaccard similarity at which a call is a near duplicate of one kept (0 < J <= 1)
 * @param valFraction share of seeds put in a validation file beside the output (0 < F < 1), or null
 */
public record ExportRequest(List<Path> files, Path out, ExportFormat format, Role side, Double minScore, double dedupe,
                            Double valFraction) {
    public ExportRequest {
        files = List.copyOf(files);
        if (!(dedupe > 0 && dedupe <= 1)) {
            throw new IllegalArgumentException("--dedupe must be more than 0 and at most 1 (1 = exact duplicates only), got "
                    + dedupe);
        }
        if (valFraction != null && (valFraction <= 0 || valFraction >= 1)) {
            throw new IllegalArgumentException("--val-fraction must be between 0 and 1, got " + valFraction);
        }
    }

    /** Where the validation records go, or null without --val-fraction. */
    public Path valOut() {
        return valFraction == null ? null : sibling(".val.jsonl");
    }

    public Path metaOut() {
        return sibling(".meta.json");
    }

    private Path sibling(String suffix) {
        String name = out.getFileName().toString().replaceAll("\\.jsonl$", "");
        return out.resolveSibling(name + suffix);
    }
}
