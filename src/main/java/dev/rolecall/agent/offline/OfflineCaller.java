package dev.rolecall.agent.offline;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.card.ScriptStep;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The offline rep: opens with the card's opening line, then works the script step by step,
 * choosing among each step's quoted lines by seed. A callee question is answered from the Q&A
 * entry closest in meaning, first, and shortened for an impatient callee (who then gets no script
 * line on top). When the callee signals it is done (agrees, wants it in writing, refuses), or the
 * script runs out, it closes with the card closing line nearest the end condition that holds.
 */
final class OfflineCaller implements Agent {
    private final CardIndex index;
    private final SplittableRandom random;
    private final List<ScriptStep> steps;
    private final Set<Integer> answeredQa = new HashSet<>();
    /** Characters of each Q&A answer already said, so a second question on it gets the rest, not a repeat. */
    private final java.util.Map<Integer, Integer> saidOf = new java.util.HashMap<>();
    private int step;
    private boolean calleeWantsWriting;
    /** What the callee has said so far, embedded: a step it already covered need not be said. */
    private final List<float[]> calleeSaid = new ArrayList<>();
    /** Script lines already said: a line is never said twice (that would be a loop). */
    private final Set<String> saidLines = new HashSet<>();
    /** A callee turn this close to one of a step's lines settles that step (bge scale: paraphrase ≈ 0.7+). */
    static final double SETTLED = 0.72;

    OfflineCaller(CardIndex index, long seed) {
        this.index = index;
        this.random = new SplittableRandom(seed ^ 0xCA11E7L);
        this.steps = index.card.caller().steps();
    }

    @Override
    public Role role() {
        return Role.CALLER;
    }

    @Override
    public Reply respond(List<Turn> history) {
        return Utterances.timed(() -> history.isEmpty() ? open() : next(Utterances.lastOf(history, Role.CALLEE)));
    }

    private String open() {
        String opening = index.card.caller().opening();
        if (opening.isBlank()) {
            step = 1;
            return line(steps.get(0));
        }
        // the opening usually does step 1's job (who, which company, why); then step 1 is done
        float[] o = index.vec(opening);
        boolean coversFirst = steps.get(0).lines().stream()
                .anyMatch(l -> Embedder.cosine(o, index.vec(l)) >= 0.6);
        step = coversFirst ? 1 : 0;
        return opening;
    }

    private String next(String callee) {
        calleeSaid.add(index.vec(callee));
        skipSettledSteps();
        boolean impatient = Utterances.impatient(callee);
        boolean question = Utterances.isQuestion(callee);
        Intent signal = question ? null : endSignal(callee);
        if (Intent.MESSAGE.hits(callee) > 0) {
            calleeWantsWriting = true;
        }
        if (signal != null) {
            return close(signal);
        }
        List<String> parts = new ArrayList<>();
        int qa = question ? index.bestQa(index.vec(callee)) : -1;
        if (qa >= 0) {
            String answer = index.card.caller().qa().get(qa).answer();
            int offset = saidOf.getOrDefault(qa, 0);
            String part = offset >= answer.length() ? "" : Utterances.firstSentences(answer.substring(offset), impatient ? 36 : 60);
            if (!part.isEmpty()) {
                parts.add(part);
                saidOf.put(qa, offset + Math.max(part.length(), 1));
                answeredQa.add(qa);
            }
        }
        if (question && parts.isEmpty()) {
            int line = index.bestLine(index.vec(callee), saidLines);
            if (line >= 0) {
                parts.add(index.stepLines.get(line));
                if (index.stepOfLine.get(line) == step) {
                    step++;
                }
            }
        }
        // a script line on top of an answer only while the turn stays short: this callee hangs up on monologues
        int room = (int) (index.typicalStepLength * 1.6) - (parts.isEmpty() ? 0 : parts.get(0).length());
        if (step < steps.size() && (parts.isEmpty() || (!impatient && room >= shortestLine(steps.get(step))))) {
            parts.add(line(steps.get(step++), parts.isEmpty() ? Integer.MAX_VALUE : room));
        }
        saidLines.addAll(parts);
        if (parts.isEmpty()) {
            return question ? Phrases.Kind.PROBE.say(index.lang, random) : close(calleeWantsWriting ? Intent.MESSAGE : Intent.CONFIRM);
        }
        return String.join(index.lang == Lang.ZH ? "" : " ", parts);
    }

    /** Steps the callee has already spoken to (it stated the cycle, asked for the materials...) are skipped. */
    private void skipSettledSteps() {
        while (step < steps.size() && settled(steps.get(step))) {
            step++;
        }
    }

    private boolean settled(ScriptStep s) {
        for (String line : s.lines()) {
            float[] v = index.vec(line);
            for (float[] said : calleeSaid) {
                if (Embedder.cosine(v, said) >= SETTLED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A statement (not a question) that says the callee is done, and in which way. */
    private static Intent endSignal(String callee) {
        int confirm = Intent.CONFIRM.hits(callee) + (callee.matches("^(行|好|可以|OK|Fine|Sounds good).*") ? 1 : 0);
        int message = Intent.MESSAGE.hits(callee);
        int hangup = Intent.HANGUP.hits(callee);
        if (hangup > 0 && hangup >= message && hangup >= confirm) {
            return Intent.HANGUP;
        }
        if (message > 0 && message >= confirm) {
            return Intent.MESSAGE;
        }
        return confirm > 0 ? Intent.CONFIRM : null;
    }

    private String close(Intent intent) {
        Intent i = intent == Intent.CONFIRM && answeredQa.size() >= 3 && index.has(Role.CALLER, Intent.MULTI)
                ? Intent.MULTI : intent;
        EndCondition c = index.condition(Role.CALLER, i);
        List<String> closings = index.card.caller().closings();
        String words;
        if (closings.isEmpty()) {
            words = index.lang == Lang.ZH ? "好的，谢谢您，再见。" : "Thank you, goodbye.";
        } else {
            float[] cv = index.vec(c.text());
            int best = 0;
            double bestSim = -1;
            for (int k = 0; k < closings.size(); k++) {
                double s = Embedder.cosine(cv, index.vec(closings.get(k))) + random.nextDouble() * 0.05;
                if (s > bestSim) {
                    bestSim = s;
                    best = k;
                }
            }
            words = closings.get(best);
        }
        step = steps.size();
        return words + " [END:" + c.number() + "]";
    }

    private String line(ScriptStep s) {
        return line(s, Integer.MAX_VALUE);
    }

    /** One of the step's lines by seed, among those that fit in {@code room} characters. */
    private String line(ScriptStep s, int room) {
        if (s.lines().isEmpty()) {
            return s.title();
        }
        List<String> fresh = s.lines().stream().filter(l -> !saidLines.contains(l)).toList();
        List<String> fitting = (fresh.isEmpty() ? s.lines() : fresh).stream().filter(l -> l.length() <= room).toList();
        List<String> pool = fitting.isEmpty() ? s.lines() : fitting;
        return pool.get(random.nextInt(pool.size()));
    }

    private static int shortestLine(ScriptStep s) {
        return s.lines().stream().mapToInt(String::length).min().orElse(s.title().length());
    }
}
