package dev.rolecall.testing;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.Reply;
import dev.rolecall.transcript.ModelSettings;
import dev.rolecall.transcript.Turn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Replies from a fixed list, or throws a scripted AgentException; for orchestrator unit tests. */
public final class ScriptedAgentFactory implements AgentFactory {
    private final Deque<Object> script;
    private int calls;

    public ScriptedAgentFactory(Object... repliesOrExceptions) {
        this.script = new ArrayDeque<>(List.of(repliesOrExceptions));
    }

    public int calls() {
        return calls;
    }

    @Override
    public Agent create(CallContext context) {
        return new Agent() {

            @Override
            public Reply respond(List<Turn> history) throws AgentException {
                calls++;
                Object next = script.isEmpty() ? "还有别的吗？" + calls : script.poll();
                if (next instanceof AgentException e) {
                    throw e;
                }
                return new Reply((String) next, 5, 10, 3, null, 1);
            }
        };
    }

    @Override
    public ModelSettings settings() {
        return new ModelSettings("scripted", null, "script", null, null, null);
    }
}
