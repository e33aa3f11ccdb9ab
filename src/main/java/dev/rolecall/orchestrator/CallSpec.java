package dev.rolecall.orchestrator;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that determines one call. Two calls with equal specs and deterministic engines
 * produce the same transcript (apart from id, timestamps and latencies).
 */
public record CallSpec(
        String id,
        Card card,
        PromptSet prompts,
        AgentFactory callerFactory,
        AgentFactory calleeFactory,
        long seed,
        int maxTurns,
        Map<String, Object> persona) {

    /** What decides this call apart from its seed and persona; equal for every call of one batch. */
    public CallInputs inputs() {
        return inputs(card, prompts, callerFactory, calleeFactory, maxTurns);
    }

    public static CallInputs inputs(Card card, PromptSet prompts, AgentFactory caller, AgentFactory callee, int maxTurns) {
        Map<String, CallInputs.SideInputs> sides = new LinkedHashMap<>();
        sides.put(Role.CALLER.id(), caller.inputs(card, prompts, Role.CALLER));
        sides.put(Role.CALLEE.id(), callee.inputs(card, prompts, Role.CALLEE));
        return new CallInputs(card.sha256(), Map.of(Role.CALLER.id(), card.caller().displayName(),
                Role.CALLEE.id(), card.callee().displayName()), maxTurns, sides);
    }

    public CallSpec {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(callerFactory, "callerFactory");
        Objects.requireNonNull(calleeFactory, "calleeFactory");
        if (maxTurns < 1) {
            throw new IllegalArgumentException("--max-turns must be at least 1, got " + maxTurns);
        }
        persona = persona == null ? Map.of() : Map.copyOf(persona);
        id = id == null ? CallIds.next(seed) : id;
    }
}
