package dev.rolecall.agent;

import dev.rolecall.transcript.Turn;
import java.util.List;

/**
 * One side of a call. An agent is made per call (it may keep per-call state, e.g. the offline
 * callee's agenda) and is asked for exactly one utterance per turn.
 */
public interface Agent {

    /**
     * The next utterance of this side, given the call so far (both sides' cleaned turns, in order;
     * empty when this side opens). An LLM agent makes exactly one chat request per call of this
     * method, plus retries. The reply is raw: the orchestrator cleans it and reads its end marker.
     */
    Reply respond(List<Turn> history) throws AgentException;
}
