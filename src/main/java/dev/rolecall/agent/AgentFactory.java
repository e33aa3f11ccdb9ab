package dev.rolecall.agent;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.transcript.ModelSettings;

/**
 * Makes the agent for one side of each call. One factory serves a whole run or batch, so it is
 * where per-card work (embedding the card once) and shared clients live; it must be thread-safe.
 */
public interface AgentFactory {

    Agent create(CallContext context);

    /** What to record in the transcript about this engine (never the key). */
    ModelSettings settings();

    /**
     * What decides this side's utterances for a card besides the seed and the history, so a
     * recorded call is reused only when it is unchanged. The default covers engines whose settings
     * say it all.
     */
    default CallInputs.SideInputs inputs(Card card, PromptSet prompts, Role role) {
        return new CallInputs.SideInputs(settings(), null);
    }
}
