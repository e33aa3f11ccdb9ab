package dev.rolecall.orchestrator;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.card.Side;
import dev.rolecall.text.Normalize;
import dev.rolecall.transcript.CardRef;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.ModelSettings;
import dev.rolecall.transcript.Totals;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one call between a caller agent and a callee agent.
 *
 * <p>Turn protocol: the caller speaks first (its prompt carries the card's opening line as
 * guidance), then the sides alternate. Each turn asks the speaking agent exactly once for one
 * utterance (one LLM request, plus that agent's own retries). The raw reply's {@code [END:n]}
 * marker is read and removed, the text is cleaned ({@link ReplyCleaner}), and the turn is
 * recorded and shown to the listener before any end check, so nothing said is ever lost.
 *
 * <p>A call ends, checked in this order after each turn, when:
 * <ul>
 *   <li>{@link EndReason#AUTH_ERROR}: the endpoint refused key or model (401/403/404/400); no turn recorded;
 *   <li>{@link EndReason#LLM_ERROR}: the endpoint still failed after retries (429/5xx/timeout/connection);
 *   <li>{@link EndReason#INTERRUPTED}: the thread was interrupted (Ctrl-C, batch shutdown);
 *   <li>{@link EndReason#END_CONDITION}: a side marked one of its own card's end conditions (a bare
 *       marker with no words is recorded as an empty turn flagged {@code end_only});
 *   <li>{@link EndReason#UNKNOWN_CONDITION}: a side marked an end with no or a wrong condition number;
 *   <li>{@link EndReason#EMPTY_REPLY}: the utterance was empty after cleaning (recorded, flagged {@code empty});
 *   <li>{@link EndReason#LOOP}: a side said the same thing as its previous utterance (flagged {@code repeat});
 *   <li>{@link EndReason#MAX_TURNS}: {@code maxTurns} utterances were spoken with none of the above.
 * </ul>
 * The partial transcript is returned in every case; errors are in {@code end.detail}.
 */
public final class Orchestrator {

    /** The inputs of the last spec seen: every call of a batch has the same, and rendering them costs a few ms. */
    private volatile InputsMemo lastInputs;

    private record InputsMemo(dev.rolecall.card.Card card, dev.rolecall.prompt.PromptSet prompts,
                              dev.rolecall.agent.AgentFactory caller, dev.rolecall.agent.AgentFactory callee, int maxTurns,
                              dev.rolecall.transcript.CallInputs value) {}

    /** {@link CallSpec#inputs()}, computed once for the same card, prompts, engines and max turns (same objects). */
    private dev.rolecall.transcript.CallInputs inputs(CallSpec spec) {
        InputsMemo m = lastInputs;
        if (m != null && m.card == spec.card() && m.prompts == spec.prompts() && m.caller == spec.callerFactory()
                && m.callee == spec.calleeFactory() && m.maxTurns == spec.maxTurns()) {
            return m.value;
        }
        m = new InputsMemo(spec.card(), spec.prompts(), spec.callerFactory(), spec.calleeFactory(), spec.maxTurns(),
                spec.inputs());
        lastInputs = m;
        return m.value;
    }

    /**
     * The reply cleaners of the card last seen (by identity: a card is immutable, and a cleaner only reads its
     * patterns). Building them compiles two dozen label patterns, 0.3-0.4 ms at the start of every call of a batch,
     * on the worker between one call's last reply and the next call's first request (issue 13).
     */
    private volatile CleanersMemo lastCleaners;
    private final Object cleanersLock = new Object();

    private record CleanersMemo(dev.rolecall.card.Card card, Map<Role, ReplyCleaner> cleaners) {}

    /**
     * The cleaner of each side of {@code card}, built once per card: the calls a batch starts together wait for the
     * first to build them rather than build them each (on cold code, while the first requests are being prepared).
     */
    private Map<Role, ReplyCleaner> cleaners(dev.rolecall.card.Card card) {
        CleanersMemo m = lastCleaners;
        if (m != null && m.card == card) {
            return m.cleaners;
        }
        synchronized (cleanersLock) {
            m = lastCleaners;
            if (m != null && m.card == card) {
                return m.cleaners;
            }
            Map<Role, ReplyCleaner> cleaners = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                cleaners.put(role, new ReplyCleaner(SpeakerLabels.of(card.side(role)),
                        SpeakerLabels.of(card.side(role.other()))));
            }
            lastCleaners = new CleanersMemo(card, cleaners);
            return cleaners;
        }
    }

    public Transcript run(CallSpec spec, TurnListener listener) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Map<Role, Agent> agents = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            // the persona is the callee's, but call-wide knobs in it (e.g. temperature) concern both sides
            agents.put(role, factory(spec, role).create(new CallContext(spec.card(), spec.prompts(), role, spec.seed(),
                    spec.persona())));
        }
        Map<Role, ReplyCleaner> cleaners = cleaners(spec.card());

        List<Turn> turns = new ArrayList<>();
        Map<Role, String> lastSaid = new EnumMap<>(Role.class);
        int[] requests = {0};
        Ending end = null;
        Role speaker = Role.CALLER;
        while (end == null) {
            if (turns.size() >= spec.maxTurns()) {
                end = new Ending(null, null, null, EndReason.MAX_TURNS,
                        "no end marker after " + spec.maxTurns() + " utterances (--max-turns)");
                break;
            }
            if (Thread.currentThread().isInterrupted()) {
                end = new Ending(null, null, null, EndReason.INTERRUPTED, "stopped before turn " + turns.size());
                break;
            }
            Reply reply;
            try {
                reply = agents.get(speaker).respond(List.copyOf(turns));
            } catch (AgentException e) {
                requests[0] += e.requests();
                EndReason reason = e.kind().fatal() ? EndReason.AUTH_ERROR : EndReason.LLM_ERROR;
                if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
                    reason = EndReason.INTERRUPTED;
                }
                end = new Ending(speaker, null, null, reason, e.getMessage());
                break;
            }
            requests[0] += reply.requests();
            // the marker read and the text normalised once per turn (issue 13: the client's gap per step)
            EndMarker marker = EndMarker.parse(reply.text() == null ? "" : reply.text());
            Turn turn = toTurn(spec, speaker, turns.size(), reply, marker, cleaners.get(speaker), lastSaid);
            turns.add(turn);
            listener.onTurn(turn);
            end = endAfter(spec.card().side(speaker), turn, marker);
            speaker = speaker.other();
        }

        long duration = (System.nanoTime() - t0) / 1_000_000;
        return new Transcript(spec.id(), Transcript.FORMAT_VERSION,
                new CardRef(spec.card().path().toString(), spec.card().sha256()), spec.prompts().ref(),
                engines(spec), models(spec), names(spec), spec.seed(), started, Instant.now(), turns, end,
                totals(turns, duration, requests[0]), spec.persona().isEmpty() ? null : new LinkedHashMap<>(spec.persona()),
                inputs(spec), null);
    }

    /** The turn of {@code reply}; {@code lastSaid} then holds its normalised text for the speaker's next turn. */
    private static Turn toTurn(CallSpec spec, Role speaker, int index, Reply reply, EndMarker marker,
                               ReplyCleaner cleaner, Map<Role, String> lastSaid) {
        CleanedReply cleaned = cleaner.clean(marker.text());
        List<String> flags = new ArrayList<>(cleaned.flags());
        String normalised = Normalize.forMatching(cleaned.text());
        if (cleaned.text().isEmpty()) {
            // a bare [END:n] is a legitimate way to hang up (models do it since the prompt asks for the marker)
            flags.add(marker.present() ? Turn.END_ONLY : Turn.EMPTY);
        } else if (normalised.equals(lastSaid.get(speaker))) {
            flags.add("repeat");
        }
        lastSaid.put(speaker, normalised);
        if (marker.present() && (marker.condition() == null
                || spec.card().side(speaker).endCondition(marker.condition()).isEmpty())) {
            flags.add("unknown_end_condition");
        }
        return new Turn(index, speaker, spec.card().side(speaker).displayName(), cleaned.text(), reply.latencyMs(),
                reply.promptTokens(), reply.completionTokens(), reply.cachedTokens(),
                reply.requests() > 1 ? reply.requests() - 1 : null,
                marker.present() ? marker.condition() : null, flags);
    }

    private static Ending endAfter(Side side, Turn turn, EndMarker marker) {
        if (marker.present()) {
            if (marker.condition() != null) {
                var condition = side.endCondition(marker.condition());
                if (condition.isPresent()) {
                    EndCondition c = condition.get();
                    return new Ending(side.role(), c.number(), c.text(), EndReason.END_CONDITION, null);
                }
                return new Ending(side.role(), marker.condition(), null, EndReason.UNKNOWN_CONDITION,
                        side.displayName() + " marked [END:" + marker.condition() + "] but the card has conditions "
                                + side.endConditions().stream().map(c -> String.valueOf(c.number())).toList());
            }
            return new Ending(side.role(), null, null, EndReason.UNKNOWN_CONDITION,
                    side.displayName() + " ended the call without naming a condition number");
        }
        if (turn.flags().contains(Turn.EMPTY)) {
            return new Ending(side.role(), null, null, EndReason.EMPTY_REPLY,
                    side.displayName() + " gave an empty reply at turn " + turn.index());
        }
        if (turn.flags().contains("repeat")) {
            return new Ending(side.role(), null, null, EndReason.LOOP,
                    side.displayName() + " repeated its previous utterance at turn " + turn.index());
        }
        return null;
    }

    private static Map<String, String> engines(CallSpec spec) {
        return perRole(role -> factory(spec, role).settings().engine());
    }

    private static Map<String, ModelSettings> models(CallSpec spec) {
        return perRole(role -> factory(spec, role).settings());
    }

    private static Map<String, String> names(CallSpec spec) {
        return perRole(role -> spec.card().side(role).displayName());
    }

    private static dev.rolecall.agent.AgentFactory factory(CallSpec spec, Role role) {
        return role == Role.CALLER ? spec.callerFactory() : spec.calleeFactory();
    }

    /** {"caller": f(CALLER), "callee": f(CALLEE)}, the transcript's per-role shape. */
    private static <T> Map<String, T> perRole(java.util.function.Function<Role, T> f) {
        Map<String, T> m = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            m.put(role.id(), f.apply(role));
        }
        return m;
    }

    private static Totals totals(List<Turn> turns, long durationMs, int requests) {
        long latency = 0;
        Integer in = null;
        Integer out = null;
        Integer cached = null;
        int retries = 0;
        for (Turn t : turns) {
            latency += t.latencyMs();
            in = add(in, t.promptTokens());
            out = add(out, t.completionTokens());
            cached = add(cached, t.cachedTokens());
            retries += t.retries() == null ? 0 : t.retries();
        }
        return new Totals(turns.size(), latency, durationMs, in, out, cached, retries, requests);
    }

    private static Integer add(Integer sum, Integer value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : Integer.valueOf(sum + value);
    }
}
