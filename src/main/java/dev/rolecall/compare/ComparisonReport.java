package dev.rolecall.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.transcript.TranscriptJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A comparison as a table for people or one JSON object for machines; a matrix shows each cell, then all cells pooled. */
public final class ComparisonReport {
    private ComparisonReport() {}

    public static void text(PrintWriter out, Comparison c) {
        out.println("A: " + c.labelA());
        out.println("B: " + c.labelB());
        for (Comparison.Cell cell : c.cells()) {
            out.println();
            out.println(cell.label() + " (A " + cell.fileA() + ", B " + cell.fileB() + ")");
            table(out, cell.pairs(), c.repeats());
        }
        if (!c.cells().isEmpty()) {
            out.println();
            out.println("all " + c.cells().size() + " cells, pooled:");
        }
        table(out, c.pooled(), c.repeats());
    }

    private static void table(PrintWriter out, PairedScores pairs, int repeats) {
        out.printf(Locale.ROOT, "%-10s %5s %8s %8s %8s  %-19s %11s  %s%n", "item", "n", "mean A", "mean B", "B - A",
                "95% CI", "win/tie/loss", "verdict");
        for (PairedComparison r : pairs.compare()) {
            out.printf(Locale.ROOT, "%-10s %5d %8.3f %8.3f %+8.3f  [%+7.3f, %+7.3f] %4d/%d/%d  %s%n", r.item(), r.n(), r.meanA(),
                    r.meanB(), r.diff(), r.ciLow(), r.ciHigh(), r.wins(), r.ties(), r.losses(), verdict(r));
        }
        if (repeats > 1) {
            double[] pass = pairs.passAll();
            out.printf(Locale.ROOT, "pass^%d (all %d repeats of a seed end by a card condition): A %.2f, B %.2f%n", repeats,
                    repeats, pass[0], pass[1]);
        }
        if (pairs.unpaired() > 0) {
            out.println(pairs.unpaired() + " seeds present on one side only were left out");
        }
    }

    private static String verdict(PairedComparison r) {
        return switch (r.verdict()) {
            case B_BETTER -> "B better";
            case B_WORSE -> "B worse";
            case NO_DIFFERENCE -> "no significant difference at this n";
        };
    }

    public static String json(Comparison c) {
        ObjectNode root = TranscriptJson.MAPPER.createObjectNode();
        root.put("a", c.labelA());
        root.put("b", c.labelB());
        fill(root, c.pooled(), c.repeats());
        if (!c.cells().isEmpty()) {
            ArrayNode cells = root.putArray("cells");
            for (Comparison.Cell cell : c.cells()) {
                ObjectNode node = cells.addObject().put("cell", cell.label()).put("fileA", cell.fileA()).put("fileB", cell.fileB());
                fill(node, cell.pairs(), c.repeats());
            }
        }
        return root.toString();
    }

    private static void fill(ObjectNode node, PairedScores pairs, int repeats) {
        ArrayNode items = node.putArray("items");
        List<PairedComparison> results = pairs.compare();
        results.forEach(items::addPOJO);
        if (repeats > 1) {
            node.put("repeats", repeats);
            node.put("passAllA", pairs.passAll()[0]);
            node.put("passAllB", pairs.passAll()[1]);
        }
        node.put("unpaired", pairs.unpaired());
    }
}
