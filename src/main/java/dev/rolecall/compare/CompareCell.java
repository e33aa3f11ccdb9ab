package dev.rolecall.compare;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.card.Card;
import java.util.Map;

/**
 * One cell of a comparison: a card and the engines both variants run against there.
 *
 * @param label what the output calls this cell (empty for a comparison of one cell)
 * @param tags  written into each call of the cell ({@code card}, {@code model}), beside {@code variant}
 */
public record CompareCell(String label, Card card, AgentFactory caller, AgentFactory callee, Map<String, String> tags) {
    public CompareCell {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
