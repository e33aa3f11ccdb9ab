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
import java.util.regex.Pattern;

/**
 * The offline customer: an agenda-based user simulator (Schatzmann et al. 2007) built from the
 * callee section. It has an agenda (its concerns, split into single questions and put into
 * speech by rules or by the card's good examples, never read out as card prose), facts of its own
 * (background clauses in first person), preferences (what its background and concerns favour),
 * and a goal that the persona relaxes or hardens (decisive: agrees; hesitant: wants it in
 * writing; dodged or stalled twice: hardens). Each turn it answers the rep's question first, then
 * judges whether its own pending question was answered (nudges once when dodged), drops agenda
 * items the rep already covered, asks its next one, and, when its agenda is empty and the rep has
 * said what the call is for, says yes or no to the proposal. It ends only with a statement, never
 * on its own open question.
 */
final class OfflineCallee implements Agent {

    /** A reply this close to the Q&A answer, or repeating one of its numbers, counts as an answer. */
    static final double ANSWERED = 0.72;
    /** Without a Q&A entry to compare with, a reply this close to the question counts (the caller's own bar). */
    static final double ADDRESSED = CardIndex.LINE_ANSWERS;
    /** A caller sentence this close to a script line says that line. */
    static final double HEARD = 0.8;

    private static final Pattern PROPOSAL = Pattern.compile("办理|安排|定下来|按这个|确认一下可以|\\bgo ahead\\b|\\bset that up\\b|\\bon that basis\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_BACK = Pattern.compile("核实后|核实一下|查一下|确认后回复|回复您|get back to you|check and", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_MARK = Pattern.compile("\\s*\\[END:\\d*]");

    private final CardIndex index;
    private final Persona persona;
    private final SplittableRandom random;
    private final Lang lang;
    private final List<Item> agenda;
    private final Set<Integer> usedExamples = new HashSet<>();
    private final Set<Integer> heard = new HashSet<>();
    private final CalleeAnswers answers;
    private final CalleeWording wording;
    private int next;
    private Item pending;
    private boolean nudged;
    private int patience;
    private int answered;
    private int dodges;
    private int checkBacks;
    private int turns;
    private Intent signalled;
    private String last = "";
    private boolean reliefSaid;
    private int asked;

    /** One question on the agenda and the words the callee asks it with. */
    record Item(CardIndex.Fragment fragment, String words, float[] wordsVec, int bestQa) {}

    OfflineCallee(CardIndex index, Persona persona, long seed) {
        this.index = index;
        this.persona = persona;
        this.lang = index.lang;
        this.random = new SplittableRandom(seed ^ 0xCA11EEL);
        this.patience = persona.patience() + (persona.mood().equals("calm") ? 2 : 1);
        this.agenda = agenda();
        this.wording = new CalleeWording(index, random);
        this.answers = new CalleeAnswers(index, persona, random, wording);
    }

    /** The lead concern first, the rest shuffled; latent concerns only for a patient callee; each put into words once. */
    private List<Item> agenda() {
        List<CardIndex.Fragment> lead = new ArrayList<>(index.agenda.stream().filter(f -> f.concern() == persona.leadConcern()).toList());
        List<CardIndex.Fragment> rest = new ArrayList<>(index.agenda.stream().filter(f -> f.concern() != persona.leadConcern()).toList());
        shuffle(lead);
        shuffle(rest);
        lead.addAll(rest);
        List<Item> out = new ArrayList<>();
        int limit = 2 + random.nextInt(3) + (persona.patience() >= 4 ? 1 : 0);
        for (CardIndex.Fragment f : lead) {
            if (out.size() >= limit) {
                break;
            }
            if (f.level() == dev.rolecall.card.Concern.Level.LATENT && persona.patience() < 3) {
                continue;
            }
            int example = index.closestExample(f.vec(), usedExamples);
            String words;
            if (example >= 0 && random.nextInt(4) != 0) {
                usedExamples.add(example);
                words = index.good.get(example).text();
            } else if (!f.spoken().isEmpty()) {
                words = f.spoken().get(random.nextInt(f.spoken().size()));
            } else {
                continue; // a description no customer would say aloud
            }
            if (out.stream().anyMatch(i -> i.words().equals(words))) {
                continue;
            }
            float[] wv = index.vec(words);
            int qa = index.bestQa(wv);
            // the entry the rep would answer it with ("有没有隐藏费用？" → the fee entry) when meaning alone finds none:
            // else its answer reads as a dodge, it asks again, and the two repeat each other
            out.add(new Item(f, words, wv, qa >= 0 ? qa : index.answerQa(words, words)));
        }
        addQaAsks(out);
        return out;
    }

    /** One or two of the card's customer questions, at a place in the agenda the seed picks; none already covered by a concern. */
    private void addQaAsks(List<Item> out) {
        List<CardIndex.Fragment> pool = new ArrayList<>(index.qaAsks);
        shuffle(pool);
        int extra = random.nextInt(persona.patience() >= 3 ? 3 : 2);
        for (CardIndex.Fragment f : pool) {
            if (extra == 0) {
                break;
            }
            if (out.stream().anyMatch(i -> i.bestQa() == f.bestQa() || i.fragment().bestQa() == f.bestQa())) {
                continue;
            }
            out.add(out.isEmpty() ? 0 : 1 + random.nextInt(out.size()), new Item(f, f.text(), f.vec(), f.bestQa()));
            extra--;
        }
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
    }


    @Override
    public Reply respond(List<Turn> history) {
        return Utterances.timed(() -> next(END_MARK.matcher(Utterances.lastOf(history, Role.CALLER)).replaceAll(""),
                history.size() <= 1));
    }

    private String next(String caller, boolean firstTurn) {
        turns++;
        markHeard(caller);
        boolean tooLong = !firstTurn && caller.length() > index.typicalStepLength * (1.3 + 0.3 * persona.patience());
        if (tooLong) {
            patience--;
        }
        boolean dodged = false;
        boolean justAnswered = false;
        boolean justCheckedBack = false;
        if (pending != null && !firstTurn) {
            if (answers(caller, pending)) {
                answered++;
                pending = null;
                nudged = false;
                justAnswered = true;
            } else if (CHECK_BACK.matcher(caller).find()) {
                checkBacks++;
                justCheckedBack = true;
                patience--;
                pending = null;
                nudged = false;
                justAnswered = true;
            } else {
                dodged = true;
                patience -= 2;
                dodges++;
            }
        }
        dropCovered(caller);
        List<String> questions = index.memo.questions(caller);
        String question = questions.isEmpty() ? null : questions.get(questions.size() - 1);
        boolean proposal = question != null && PROPOSAL.matcher(question).find();

        if (patience <= 0 && signalled == null) {
            return leave(tooLong && !dodged);
        }
        List<String> parts = new ArrayList<>();
        if (signalled != null) {
            // the decision was said and the rep went on: answer what it asked, restate, and end
            if (question != null && !proposal) {
                parts.add(answers.answer(question, turns));
            }
            parts.add(decisionWords(signalled));
            return join(parts) + end(signalled);
        }
        if (question != null && !proposal) {
            parts.add(answers.answer(CalleeAnswers.withOptionsBefore(caller, question), turns));
            String aside = random.nextInt(5) < 2 ? wording.factInPassing(caller) : null;
            if (aside != null) {
                parts.add(aside); // "Yes. By the way, I work from home.": a fact of its own the rep's turn touched
            }
        }
        if (dodged && !nudged) {
            nudged = true;
            parts.add(Phrases.Kind.DODGED.say(lang, random) + (lang == Lang.ZH ? "" : " ") + pending.words());
            return join(parts);
        }
        if (dodged) {
            pending = null; // asked twice; move on, harder
        }
        if (justCheckedBack && parts.isEmpty() && random.nextInt(2) == 0) {
            parts.add(Phrases.Kind.CHECKED_OK.say(lang, random));
        }
        boolean hasMore = next < agenda.size();
        boolean ready = next >= agenda.size() || proposal && persona.tendency().equals("decisive");
        if (ready && (proposal || requiredHeard() || turns > 10)) {
            return decide(parts);
        }
        // a satisfied callee sometimes lets the rep go on with the script before its next question
        double letGo = switch (persona.mood()) {
            case "calm" -> 0.55;
            case "impatient" -> 0.3;
            default -> 0.15;
        };
        // an impatient customer (or one by seed) puts its first question at once, with its answer to the opening
        boolean askNow = firstTurn && hasMore && (persona.impatient() || random.nextInt(2) == 0);
        if (!hasMore || !askNow && (!parts.isEmpty() || justAnswered) && random.nextDouble() < letGo && !proposal) {
            if (parts.isEmpty()) {
                if (justAnswered && !index.relief.isEmpty() && !reliefSaid && random.nextInt(3) == 0) {
                    reliefSaid = true; // "好好好，那我就放心了" once a call; twice reads like a loop
                    parts.add(Phrases.pick(index.relief, random));
                } else {
                    parts.add(wording.ack(caller));
                }
            } else if (firstTurn && persona.impatient() && !index.hurry.isEmpty() && random.nextInt(2) == 0) {
                parts.set(0, Phrases.pick(index.hurry, random));
            }
            return join(parts);
        }
        if (tooLong && parts.isEmpty()) {
            parts.add(Phrases.Kind.TOO_LONG.say(lang, random));
        }
        if (justAnswered && parts.isEmpty() && random.nextInt(3) == 0) {
            parts.add(Phrases.Kind.REACT.say(lang, random));
        }
        pending = agenda.get(next++);
        String ask = pending.words();
        if (persona.impatient() && random.nextInt(3) == 0 && Speech.isQuestion(ask)) {
            ask = ask + Phrases.Kind.PRESS.say(lang, random);
        }
        // a lead-in only before a one-sentence question: "First, finally. How soon…?" reads wrong
        if (!ask.startsWith("我") && index.memo.sentences(ask).size() == 1 && Speech.isQuestion(ask)
                && (firstTurn ? !parts.isEmpty() && random.nextInt(4) == 0 : random.nextInt(parts.isEmpty() ? 3 : 2) == 0)) {
            ask = wording.askLead(asked == 0) + (lang == Lang.ZH ? ask : lowerFirst(ask));
        }
        asked++;
        parts.add(ask);
        return join(parts);
    }

    /** Out of patience: says why and goes; ends the call itself or leaves the hanging up to the rep. */
    private String leave(boolean afterMonologue) {
        Intent intent = !afterMonologue && (dodges > 0 || checkBacks > 0) && index.has(Role.CALLEE, Intent.ESCALATE)
                ? Intent.ESCALATE : Intent.HANGUP;
        String words = intent == Intent.ESCALATE ? Phrases.Kind.NO_COMMIT.say(lang, random)
                : afterMonologue ? Phrases.Kind.TOO_LONG_BYE.say(lang, random) : Phrases.Kind.BYE.say(lang, random);
        if (!persona.closesSelf()) {
            signalled = intent;
            return words;
        }
        return words + end(intent);
    }

    /** The answer to the proposal, from the goal as the persona relaxed or hardened it. */
    private String decide(List<String> parts) {
        Intent goal = switch (persona.tendency()) {
            case "decisive" -> Intent.CONFIRM;
            case "hesitant" -> Intent.MESSAGE;
            default -> dodges == 0 && checkBacks <= 1 ? Intent.CONFIRM : Intent.MESSAGE;
        };
        if (goal == Intent.CONFIRM && (dodges >= 2 || checkBacks >= 2)) {
            goal = Intent.MESSAGE; // hardens: not on the phone after being put off twice
        }
        if (goal == Intent.MESSAGE && persona.mood().equals("calm") && answered >= 2 && dodges == 0 && random.nextInt(3) == 0) {
            goal = Intent.CONFIRM; // relaxes: everything it asked was answered
        }
        if (goal == Intent.CONFIRM && (answers.declined || index.purposeHasOptions && answers.chosen.isEmpty())) {
            goal = Intent.MESSAGE; // said no to the offer, or nothing (a date, a plan) was chosen: not a yes
        }
        if (goal == Intent.CONFIRM && !requiredHeard()) {
            goal = Intent.MESSAGE; // cannot agree to what it has not heard
        }
        if (persona.mood().equals("irritated") && (dodges >= 2 || dodges + checkBacks >= 1 && !persona.tendency().equals("decisive")
                && random.nextInt(2) == 0)) {
            goal = Intent.HANGUP; // hardens to a refusal: put off on the phone, in a bad mood
        }
        if (goal != Intent.CONFIRM && answers.lastYes != null) {
            parts.remove(answers.lastYes); // the decision answers the offer; a yes before "send it to me" contradicts it
        }
        parts.add(decisionWords(goal));
        if (persona.closesSelf() || goal == Intent.HANGUP && random.nextInt(2) == 0) {
            return join(parts) + end(goal);
        }
        signalled = goal;
        return join(parts);
    }

    private String decisionWords(Intent goal) {
        return switch (goal) {
            case CONFIRM, MULTI -> answers.chosen.isEmpty() || random.nextInt(3) == 0 ? Phrases.Kind.AGREE.say(lang, random)
                    : Phrases.Kind.AGREE_WITH.say(lang, random, String.join(lang == Lang.ZH ? "、" : ", ", answers.chosen));
            // after "no" to the offer (often: to send the materials), "send it all to me" would contradict it: "later" instead
            case MESSAGE -> answers.declined ? Phrases.Kind.LATER.say(lang, random)
                    : !index.writing.isEmpty() && random.nextInt(2) == 0 ? Phrases.pick(index.writing, random)
                    : index.writesDocuments ? Phrases.Kind.IN_WRITING.say(lang, random) : Phrases.Kind.LATER.say(lang, random);
            case ESCALATE -> Phrases.Kind.NO_COMMIT.say(lang, random);
            default -> Phrases.Kind.REFUSE.say(lang, random);
        };
    }

    /** Script steps the rep has said, by line (exact, or a sentence close in meaning). */
    private void markHeard(String caller) {
        for (int i = 0; i < index.stepLines.size(); i++) {
            if (caller.contains(index.stepLines.get(i))) {
                heard.add(index.stepOfLine.get(i));
            }
        }
        if (index.requiredSteps.stream().allMatch(heard::contains)) {
            return;
        }
        for (String s : index.memo.sentences(caller)) {
            double[] toLines = index.memo.sims(s).toLines();
            for (int i = 0; i < toLines.length; i++) {
                if (!heard.contains(index.stepOfLine.get(i)) && toLines[i] >= HEARD) {
                    heard.add(index.stepOfLine.get(i));
                }
            }
        }
    }

    private boolean requiredHeard() {
        return heard.containsAll(index.requiredSteps);
    }

    /** Agenda items not yet asked that the rep has already answered are dropped. */
    private void dropCovered(String caller) {
        for (int i = agenda.size() - 1; i >= next; i--) {
            if (answers(caller, agenda.get(i))) {
                agenda.remove(i);
            }
        }
    }

    private boolean answers(String caller, Item item) {
        if (caller.isBlank()) {
            return false;
        }
        CardIndex.Fragment f = item.fragment();
        List<TextMemo.Sims> ss = index.memo.sentences(caller).stream().map(index.memo::sims).toList();
        List<float[]> vs = ss.stream().map(TextMemo.Sims::vec).toList();
        java.util.Set<String> said = index.memo.units(caller);
        // the entry behind the concern, or behind the words actually used to ask it
        for (int qa : new int[] {f.bestQa(), item.bestQa()}) {
            if (qa >= 0) {
                String answer = index.card.caller().qa().get(qa).answer();
                final int e = qa;
                if (Utterances.sharesNumber(caller, answer)
                        || ss.stream().anyMatch(x -> x.toQaAnswers()[e] >= ANSWERED) && Speech.overlap(said, index.memo.units(answer)) >= 1) {
                    return true;
                }
                for (String s : Speech.sentences(answer)) {
                    if (s.length() >= 6 && caller.contains(s)) {
                        return true;
                    }
                }
            }
        }
        // meaning plus a shared word: on English, bge-small-zh puts most sentences of one card above 0.6,
        // so meaning alone dropped every concern before the customer could ask it
        return (max(vs, f.vec()) >= ADDRESSED + 0.05 || max(vs, item.wordsVec()) >= ADDRESSED + 0.05)
                && Speech.overlap(said, index.memo.units(item.words() + " " + f.text())) >= 1;
    }

    private static double max(List<float[]> vs, float[] v) {
        double m = -1;
        for (float[] x : vs) {
            m = Math.max(m, Embedder.cosine(x, v));
        }
        return m;
    }

    private String join(List<String> parts) {
        List<String> ended = parts.stream().map(p -> Speech.endsWithAny(p, "。！？!?.…") ? p : p + (lang == Lang.ZH ? "。" : ".")).toList();
        String out = String.join(lang == Lang.ZH ? "" : " ", ended);
        if (out.equals(last)) {
            out = (lang == Lang.ZH ? List.of("嗯，", "好，", "行，") : List.of("OK. ", "Right. ", "Sure. ")).get(random.nextInt(3)) + out;
        }
        last = out;
        return out;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.startsWith("I ") || s.startsWith("I'") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private String end(Intent intent) {
        EndCondition c = index.condition(Role.CALLEE, intent);
        return " [END:" + c.number() + "]";
    }
}
