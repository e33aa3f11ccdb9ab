package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.CallContext;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.ModelSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * rolecall's embedded default: a card-driven simulator for either side that needs no key, no
 * network and no model download. It is not an LLM and says so in every transcript
 * ({@code engine: offline}). Cards are indexed (embedded) once per factory and shared by all its calls.
 */
public final class OfflineAgentFactory implements AgentFactory {
    /** Per factory, not process-wide: an index (and its memo of texts met in calls) lives as long as the batch using it. */
    private final Map<String, CardIndex> indexes = new ConcurrentHashMap<>();
    private final Embedder embedder;

    public OfflineAgentFactory() {
        this(Embedder.shared());
    }

    public OfflineAgentFactory(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Agent create(CallContext ctx) {
        // key by content and names: CLI name overrides change the card
        String key = ctx.card().sha256() + "|" + ctx.card().caller().displayName() + "|"
                + ctx.card().callee().displayName() + "|" + embedder.name();
        CardIndex index = indexes.computeIfAbsent(key, k -> new CardIndex(ctx.card(), embedder));
        if (ctx.role() == Role.CALLER) {
            return new OfflineCaller(index, ctx.seed());
        }
        return new OfflineCallee(index, Persona.of(ctx.seed(), ctx.card().callee().concerns().size(), ctx.persona()),
                ctx.seed());
    }

    /** Offline calls follow the card, the names and rolecall's own code; prompt templates are not read. */
    @Override
    public CallInputs.SideInputs inputs(Card card, PromptSet prompts, Role role) {
        return new CallInputs.SideInputs(settings(), EngineCode.sha256() + "|" + embedder.name());
    }

    @Override
    public ModelSettings settings() {
        return ModelSettings.offline();
    }
}
