package dev.rolecall.agent.offline;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The offline customer: an agenda-based user simulator built from the callee section. Its
 * concerns, split into single questions, form an agenda ordered by the persona (lead concern
 * first). Each turn it judges the caller's last utterance (answered my question? too long?),
 * spends or keeps patience, and then asks its next question, nudges when dodged, or ends the
 * call through one of its own card's end conditions. Phrasing comes from the card's good style
 * examples whenever one is close to what it wants to say.
 */
final class OfflineCallee implements Agent {

    /** A reply this close to the Q&A answer, or repeating one of its numbers, counts as an answer. */
    static final double ANSWERED = 0.72;
    /** Without a Q&A entry to compare with, a reply this close to the question counts (the caller's own bar). */
    static final double ADDRESSED = CardIndex.LINE_ANSWERS;

    private final CardIndex index;
    private final Persona persona;
    private final SplittableRandom random;
    private final List<CardIndex.Fragment> agenda;
    private final Set<Integer> usedExamples = new HashSet<>();
    private int next;
    private CardIndex.Fragment pending;
    /** What the callee actually said when asking {@link #pending} (a style example may voice it). */
    private float[] pendingAsked;
    private boolean nudged;
    private int patience;
    private int answered;
    private int dodges;
    private boolean signalledEnd;
    private Intent signalled;

    OfflineCallee(CardIndex index, Persona persona, long seed) {
        this.index = index;
        this.persona = persona;
        this.random = new SplittableRandom(seed ^ 0xCA11EEL);
        this.patience = persona.patience() + (persona.mood().equals("calm") ? 1 : 0);
        this.agenda = agenda(index.agenda, persona, random);
    }

    private static List<CardIndex.Fragment> agenda(List<CardIndex.Fragment> all, Persona p, SplittableRandom r) {
        List<CardIndex.Fragment> lead = new ArrayList<>(all.stream().filter(f -> f.concern() == p.leadConcern()).toList());
        List<CardIndex.Fragment> rest = new ArrayList<>(all.stream().filter(f -> f.concern() != p.leadConcern()).toList());
        shuffle(rest, r);
        lead.addAll(rest);
        int limit = Math.min(lead.size(), 2 + r.nextInt(3));
        return List.copyOf(lead.subList(0, limit));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, r.nextInt(i + 1));
        }
    }

    @Override
    public Role role() {
        return Role.CALLEE;
    }

    @Override
    public Reply respond(List<Turn> history) {
        return Utterances.timed(() -> next(Utterances.lastOf(history, Role.CALLER), history.size() <= 1));
    }

    private String next(String caller, boolean firstTurn) {
        Lang lang = index.lang;
        boolean tooLong = !firstTurn && caller.length() > index.typicalStepLength * (1.2 + 0.25 * persona.patience());
        if (tooLong) {
            patience--;
        }
        boolean dodged = false;
        boolean justAnswered = false;
        if (pending != null) {
            if (answers(caller, pending)) {
                answered++;
                pending = null;
                nudged = false;
                justAnswered = true;
            } else if (!firstTurn) {
                dodged = true;
                patience -= 2;
                dodges++;
            }
        }
        if (patience <= 0) {
            if (!persona.closesSelf() && !signalledEnd && dodges == 0) {
                signalledEnd = true; // says it has had enough and leaves the hanging up to the caller
                signalled = Intent.HANGUP;
                return Phrases.Kind.BYE.say(lang, random);
            }
            return end(dodges > 0 ? Intent.ESCALATE : Intent.HANGUP);
        }
        if (signalledEnd) {
            // the caller went on instead of closing: the callee closes
            return end(signalled);
        }
        if (dodged && !nudged) {
            nudged = true;
            return Phrases.Kind.DODGED.say(lang, random) + ask(pending);
        }
        if (dodged) {
            pending = null; // asked twice; move on, angrier
        }
        if (next >= agenda.size() && pending == null) {
            boolean decisive = persona.tendency().equals("decisive") && dodges == 0;
            if (persona.closesSelf()) {
                return end(decisive ? Intent.CONFIRM : Intent.MESSAGE);
            }
            signalledEnd = true;
            signalled = decisive ? Intent.CONFIRM : Intent.MESSAGE;
            return decisive ? Phrases.Kind.AGREE.say(lang, random) : Phrases.Kind.IN_WRITING.say(lang, random);
        }
        if (next >= agenda.size()) {
            return Phrases.Kind.ANYTHING_ELSE.say(lang, random);
        }
        // a satisfied callee sometimes lets the caller go on with the script before the next question
        double letGo = switch (persona.mood()) {
            case "calm" -> 0.6;
            case "impatient" -> 0.3;
            default -> 0.15;
        };
        if (justAnswered && random.nextDouble() < letGo) {
            return Phrases.Kind.ACK.say(lang, random);
        }
        pending = agenda.get(next++);
        String prefix = tooLong ? Phrases.Kind.TOO_LONG.say(lang, random) : "";
        if (prefix.isEmpty() && persona.impatient() && random.nextInt(4) == 0 && !index.interjections.isEmpty()) {
            prefix = Phrases.pick(index.interjections, random) + (lang == Lang.ZH ? "。" : ". ");
        }
        return prefix + ask(pending);
    }

    private String ask(CardIndex.Fragment f) {
        int example = index.closestExample(f.vec(), usedExamples);
        String text;
        if (example >= 0) {
            usedExamples.add(example);
            text = index.good.get(example).text();
        } else {
            text = Phrases.question(index.lang, f.text());
        }
        pendingAsked = index.vec(text);
        return text;
    }

    private boolean answers(String caller, CardIndex.Fragment f) {
        if (caller.isBlank()) {
            return false;
        }
        float[] v = index.vec(caller);
        // the entry behind the concern, or behind the words actually used to ask it
        for (int qa : new int[] {f.bestQa(), pendingAsked == null ? -1 : index.bestQa(pendingAsked)}) {
            if (qa >= 0) {
                String answer = index.card.caller().qa().get(qa).answer();
                if (Utterances.sharesNumber(caller, answer) || Embedder.cosine(v, index.qaAnswers[qa]) >= ANSWERED) {
                    return true;
                }
            }
        }
        return Embedder.cosine(v, f.vec()) >= ADDRESSED
                || (pendingAsked != null && Embedder.cosine(v, pendingAsked) >= ADDRESSED);
    }

    private String end(Intent intent) {
        EndCondition c = index.condition(Role.CALLEE, intent);
        int example = index.closestExample(index.vec(c.text()), usedExamples);
        String words = example >= 0 ? index.good.get(example).text() : switch (intent) {
            case CONFIRM, MULTI -> Phrases.Kind.AGREE.say(index.lang, random);
            case MESSAGE -> Phrases.Kind.IN_WRITING.say(index.lang, random);
            default -> Phrases.Kind.BYE.say(index.lang, random);
        };
        return words + " [END:" + c.number() + "]";
    }
}
