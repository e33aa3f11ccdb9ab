package dev.rolecall.agent;

import dev.rolecall.transcript.ModelSettings;

/**
 * Makes the agent for one side of each call. One factory serves a whole run or batch, so it is
 * where per-card work (embedding the card once) and shared clients live; it must be thread-safe.
 */
public interface AgentFactory {

    Agent create(CallContext context);

    /** What to record in the transcript about this engine (never the key). */
    ModelSettings settings();
}
