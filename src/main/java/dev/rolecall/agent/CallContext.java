package dev.rolecall.agent;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import java.util.Map;

/**
 * What an agent factory needs to make one side of one call.
 *
 * @param persona callee persona variant for batch diversity (lead concern, mood, ...); empty = card default
 */
public record CallContext(Card card, PromptSet prompts, Role role, long seed, Map<String, Object> persona) {
    public CallContext {
        persona = persona == null ? Map.of() : Map.copyOf(persona);
    }
}
