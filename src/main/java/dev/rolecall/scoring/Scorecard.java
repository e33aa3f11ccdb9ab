package dev.rolecall.scoring;

import java.util.List;
import java.util.Map;

/**
 * The scorecard of one call. {@code items} holds every item (opening, steps, order, knowledge,
 * questions, closing, brevity, callee) in that order; {@code overall} is 100 minus each item's
 * weight × its shortfall, capped by {@code critical_cap} when {@code critical} (listed first, for a reader) is not
 * empty: invented facts, promises the card does not make, an ending the call does not bear out.
 * The lists give the detail behind the items.
 */
public record Scorecard(
        double overall,
        List<String> critical,
        Map<String, Item> items,
        List<StepResult> steps,
        List<FactFlag> invented,
        int factsRight,
        List<Integer> monologues,
        String embedder) {}
