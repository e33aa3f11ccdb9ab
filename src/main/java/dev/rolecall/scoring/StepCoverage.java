package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.card.ScriptStep;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Which script steps the caller carried out, matched by meaning (bge-small-zh cosine with the
 * step's quoted lines) with a lower bar when the turn also repeats one of the step's facts. A step
 * the callee made unnecessary (it settled the matter itself, or ended the call before the step
 * was due) is not counted against the caller, and the reason is recorded.
 */
final class StepCoverage {
    /**
     * Calibrated on the labelled transcripts in src/test/resources/transcripts: close paraphrases
     * of a step line score 0.84–1.0; but a generic turn ("帮您快速办续费") reaches 0.7–0.77 against
     * several steps at once, so between {@link #WITH_EVIDENCE} and {@link #COVERED} a turn must
     * also carry something only that step has: one of its facts or two of its own bigrams.
     */
    static final double COVERED = 0.84;
    static final double WITH_EVIDENCE = 0.68;
    static final int OWN_TERMS = 2;
    /**
     * A turn that names two of a step's own options of one kind (its two dates, its two prices) offers them: "时间：3月11日周四
     * 9:00–11:00到，或3月13日周六 14:00–16:00到。哪个？" is 0.64 against a slot line that goes on to the test run and the readings
     * (holdout71's zhiyangji-02 and -04, whose slot step went uncredited).
     */
    static final double WITH_OPTIONS = 0.58;
    /** A callee turn this close to a step means the callee raised or settled it first. */
    static final double SETTLED_BY_CALLEE = 0.68;

    private StepCoverage() {}

    private static final java.util.regex.Pattern END_MARK = java.util.regex.Pattern.compile("\\s*\\[END:\\d+]\\s*");

    /** A step that itself arranges a call back or a follow-up, which the answer to a call-back request does say. */
    private static final java.util.regex.Pattern CALL_BACK_STEP = java.util.regex.Pattern.compile(
            "回电|回访|再(?:给您|给你)?打|再联系|跟进|\\bcall (?:you |him |her |them )?back\\b|\\bfollow[- ]?up\\b|\\bcall-back\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The rep's turn answers the customer's request to be called back: "Call me tomorrow morning?" → "How about Friday, June
     * 11, at 10 a.m.?" sets the call, not the crew slot the script books (holdout62's boat-winterize-05, holdout64's
     * driveway-seal-05: a B call's unsaid slot step credited).
     */
    private static boolean answersCallBackRequest(ScoredCall call, Turn t) {
        int at = call.turns.indexOf(t);
        for (int j = at - 1; j >= 0; j--) {
            Turn before = call.turns.get(j);
            if (before.speaker() == Role.CALLEE && !before.text().isBlank()) {
                return CallWords.asksCallBack(before.text());
            }
        }
        return false;
    }

    /** A turn that is one of the card's closing lines and nothing more. */
    private static boolean onlyAClosing(String text, CardProfile card) {
        String said = END_MARK.matcher(text).replaceAll("").strip();
        return card.card.caller().closings().stream().map(c -> c.strip().replaceAll("^[「『“\"‘']|[」』”\"’']$", ""))
                .anyMatch(c -> c.length() >= 10 && said.contains(c) && said.length() - c.length() < 8);
    }

    static List<StepResult> steps(ScoredCall call, CardProfile card) {
        List<ScriptStep> steps = card.card.caller().steps();
        List<Turn> caller = call.of(Role.CALLER);
        List<StepResult> out = new ArrayList<>();
        int callBackAsked = callBackAskedAt(call); // read once a call: every turn of every step asks it
        int lastCoveredTurn = -1;
        for (int s = 0; s < steps.size(); s++) {
            ScriptStep step = steps.get(s);
            List<String> stepFacts = step.lines().stream().flatMap(l -> FactExtractor.extract(l).stream())
                    // a fact a Q&A answer also states is no sign of the step: "2小时" answers the invoice question; nor is one
                    // another step states too: "$89" in "…Or just the tune-up, $89. Which would you like us to do?" is the
                    // options step's, not the work order's ("…the Standard Tune-Up, that's $89, work order SC-4518.")
                    .map(f -> f.type() + "=" + f.value()).filter(f -> !card.qaFacts.contains(f) && !card.sharedStepFacts.contains(f)).toList();
            Turn best = null;
            double bestSim = 0;
            Turn first = null;
            List<Integer> covering = new ArrayList<>();
            boolean callBackStep = step.lines().stream().anyMatch(l -> CALL_BACK_STEP.matcher(l).find());
            for (Turn t : caller) {
                // the answer to a call-back request is read without its sentences that set the call: what else it says may
                // still be the step ("I'll call you tomorrow at three thirty. … the nights I have open are Sunday the 21st…",
                // holdout32's hoodclean-05)
                double sim = !callBackStep && (answersCallBackRequest(call, t) || setsAskedCallBack(t, callBackAsked))
                        ? besidesTheCallBack(call, t, card, s) : similarity(call, t, card, s);
                // "I'll have to check and get back to you on that" shares the step's words, not its content
                boolean covers = (sim >= COVERED
                        || (sim >= WITH_EVIDENCE && !CallWords.checksBack(t.text()) && specific(t, stepFacts, card.stepTerms.get(s)))
                        || (sim >= WITH_OPTIONS && offersItsOptions(t, stepFacts)))
                        // the card's goodbye said as it stands covers no step before the last: "No problem. I'll email both options
                        // and the dates…" had covered "Choose the format" in a call that never offered one (review 25)
                        && (s == steps.size() - 1 || !onlyAClosing(t.text(), card));
                double rank = covers ? 1 + sim : sim;
                if (covers) {
                    covering.add(t.index());
                }
                if (rank > bestSim) {
                    bestSim = rank;
                    best = t;
                }
                if (sim >= COVERED && first == null) {
                    first = t;
                }
            }
            // where the step was first said clearly is its place in the call: a recap at the end does not move it
            best = first != null ? first : best;
            boolean covered = bestSim >= 1;
            bestSim = covered ? bestSim - 1 : bestSim;
            double shown = Math.min(bestSim, 1.0);
            List<ReadBackContent.Needed> needed = card.readBackSlots.get(s);
            List<String> texts = call.turns.stream().filter(t -> covering.contains(t.index())).map(Turn::text).toList();
            List<String> unsaid = best != null && covered ? ReadBackContent.unsaid(needed, texts) : List.of();
            // a price or a day said is a read-back done badly; the option chosen named alone is not (it is named all call long)
            long core = needed.stream().filter(n -> n.choice() == null).count();
            long coreUnsaid = unsaid.stream().filter(u -> needed.stream().anyMatch(n -> n.choice() == null && u.equals("[" + n.slot() + "]")))
                    .count();
            if (!unsaid.isEmpty() && (coreUnsaid < core || texts.stream().anyMatch(ReadBackContent::readsBack))) {
                // read back, but not what was settled: due and done badly, so no later excuse applies (its turn is kept)
                out.add(new StepResult(step.number(), step.title(), StepResult.MISSED, best.index(), shown,
                        "read back at turn " + best.index() + " without its " + String.join(", ", unsaid)));
            } else if (!unsaid.isEmpty()) {
                // nothing of a read-back in it ("reminder text the day before the appt"): the step was not said
                out.add(new StepResult(step.number(), step.title(), StepResult.MISSED, null, shown, "no caller turn reads it back"));
            } else if (best != null && covered) {
                int at = best.index();
                List<Integer> again = covering.stream().filter(i -> i != at).toList(); // "said at turn 8, again at [8]" read as two
                out.add(new StepResult(step.number(), step.title(), StepResult.COVERED, at, shown, "said at turn " + at
                        + (again.isEmpty() ? "" : (again.get(0) < at ? ", also at " : ", again at ") + again), covering));
                lastCoveredTurn = Math.max(lastCoveredTurn, best.index());
            } else {
                out.add(new StepResult(step.number(), step.title(), StepResult.MISSED, null, shown, "no caller turn matches"));
            }
        }
        // second pass: was a missed step made unnecessary by the callee?
        var end = call.transcript.end();
        // a hang-up, or a caller ending short of the goal (call-back, symptoms, refusal), leaves later steps not due
        boolean endedShort = end != null && end.reason() == EndReason.END_CONDITION && end.by() != null
                && (end.condition() == null || end.condition() != ClosingCheck.GOAL)
                && !(end.by() == Role.CALLEE && putOffAnswerable(call, card));
        int endTurn = call.turns.isEmpty() ? 0 : call.turns.get(call.turns.size() - 1).index();
        int wrapUp = endedShort ? callBackAsked : Integer.MAX_VALUE;
        for (int s = 0; s < out.size(); s++) {
            StepResult r = out.get(s);
            if (!r.status().equals(StepResult.MISSED) || r.turn() != null) {
                continue; // a read-back said without its price or day was due, and done: nothing excuses it
            }
            Turn settled = null;
            // a read-back is the rep's to say: no customer line settles it ("Make it quick…" had, review 23)
            boolean readBack = !card.readBackSlots.get(s).isEmpty();
            for (Turn t : readBack ? List.<Turn>of() : call.of(Role.CALLEE)) {
                if (card.stepAsks.get(s) && CardProfile.max(call.vec(t), card.stepLines.get(s)) >= SETTLED_BY_CALLEE && settles(call, card, t, s)) {
                    settled = t;
                    break;
                }
            }
            // what the rep says once the customer has asked to be called back is the wrap-up: "那我明天上午十点再给您打…
            // 要是出现持续出血…请马上打诊所电话" covers the emergency step, not the two before it (holdout2's clinic-02)
            boolean laterThanAllCovered = out.subList(s + 1, out.size()).stream()
                    .noneMatch(x -> (x.status().equals(StepResult.COVERED) || x.turn() != null) && (x.turn() == null || x.turn() < wrapUp));
            if (settled != null) {
                out.set(s, new StepResult(r.number(), r.title(), StepResult.SKIPPED, settled.index(), r.similarity(),
                        "the callee settled it at turn " + settled.index()));
            } else if (endedShort && laterThanAllCovered && out.stream().anyMatch(x -> x.status().equals(StepResult.COVERED))) {
                // a hang-up excuses the steps not yet due, not a call in which the rep did nothing
                out.set(s, new StepResult(r.number(), r.title(), StepResult.SKIPPED, endTurn, r.similarity(),
                        "the " + end.by().id() + " ended the call (condition " + end.condition() + ") at turn " + endTurn + " before it was due"));
            }
        }
        return out;
    }

    /**
     * A customer's statement near a step settles it ("年度吧"); a question near it ("3期呢？", "And the price?") asks for
     * it, and is settled only when the rep's next turn takes it up: a check-back or a change of subject leaves the
     * step to do.
     */
    private static boolean settles(ScoredCall call, CardProfile card, Turn t, int step) {
        if (!QuestionHandling.ASKED.matcher(t.text()).find()) {
            return true;
        }
        Turn reply = call.nextOf(Role.CALLER, call.turns.indexOf(t));
        // nor one the rep puts off: "Let's not get ahead of ourselves, let's get you on the calendar" (holdout67's lead-paint-04,
        // whose skipped safety questions had been excused on it)
        return reply != null && !CallWords.checksBack(reply.text()) && !QuestionHandling.DEFLECTS.matcher(reply.text()).find()
                && similarity(call, reply, card, step) >= WITH_EVIDENCE;
    }

    /**
     * The rep met a question the card answers with "核实后回复您": a customer who then hangs up was driven off, and the
     * steps the call never reached are the rep's to answer for (a call of two such put-offs and a hang-up scored 68.7
     * with every step excused, 4.5 without the end marker).
     */
    private static boolean putOffAnswerable(ScoredCall call, CardProfile card) {
        if (card.card.caller().qa().isEmpty()) {
            return false;
        }
        for (Turn t : call.of(Role.CALLEE)) {
            Turn reply = call.nextOf(Role.CALLER, call.turns.indexOf(t));
            if (reply != null && CallWords.checksBack(reply.text()) && QuestionHandling.isQuestion(t.text())
                    && QuestionHandling.entryAsked(call, card, t) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A turn longer than this many script lines is also matched sentence by sentence. 1.5 had left an answer and the next
     * step's three short questions in one 45-character turn (34-character lines) unread: "100%桑蚕长丝，不掺化纤、不用胶。先问下：
     * 自己盖还是家里人？床多大？家里有人过敏或有讲究吗？" at 0.66 as a whole, 0.85 for its last question (holdout58's cansibei-02).
     * At 1.2, on all 1,444 labelled calls: 20 steps said and not credited fewer, 6 credited and not said more.
     */
    static final double LONG_TURN = 1.2;

    /**
     * A turn against a step: the whole turn, or for a long merged turn (a monologue, an answer and the next
     * step in one breath) its best sentence, whose meaning the rest of the turn would dilute.
     */
    private static double similarity(ScoredCall call, Turn t, CardProfile card, int step) {
        double sim = CardProfile.max(call.vec(t), card.stepLines.get(step));
        if (t.text().length() > LONG_TURN * card.typicalLineLength || answersAQuestion(call, t)) {
            for (float[] v : call.sentences(t)) {
                sim = Math.max(sim, CardProfile.max(v, card.stepLines.get(step)));
            }
        }
        return sim;
    }

    /**
     * The rep's turn follows a customer question, so it may open with the answer (or a dodge) and go on to the step: "那个咱们
     * 回头有空再聊，今天先把玻璃的事落实了。时间可以约6月11日周五…" is 0.62 as a whole against the slot line it says word for word
     * (holdout68's linyu-boli-04).
     */
    private static boolean answersAQuestion(ScoredCall call, Turn t) {
        int at = call.turns.indexOf(t);
        return at > 0 && call.turns.get(at - 1).speaker() == Role.CALLEE && call.turns.get(at - 1).text().matches("(?s).*[？?].*");
    }

    /** The turn at which the customer last asked to be called back; past the end when it never did. */
    private static int callBackAskedAt(ScoredCall call) {
        for (int j = call.turns.size() - 1; j >= 0; j--) {
            Turn t = call.turns.get(j);
            if (t.speaker() == Role.CALLEE && CallWords.asksCallBack(t.text())) {
                return t.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A sentence that sets the call back: "I'll call you tomorrow at three thirty.", "How about Friday, June 11, at 10 a.m.?". */
    /** The rep's words that set a call: "I'll call you", "给您打过去". */
    private static final java.util.regex.Pattern CALLS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:call|ring|phone|reach) (?:you|him|her)\\b|打给您|打给你|给您打|给你打|回电|联系您");
    private static final java.util.regex.Pattern SETS_THE_CALL = java.util.regex.Pattern.compile(CALLS.pattern() + "|\\?$|？$");

    /**
     * The turn sets the call the customer asked for a turn or more before: "Great, Friday, September 24, at 11 a.m. I'll call
     * you." after "What time works Friday?" – "Eleven." (holdout71's extinguisher-service-05, whose slot step it had covered).
     */
    private static boolean setsAskedCallBack(Turn t, int callBackAsked) {
        return callBackAsked < t.index() && Sentences.split(t.text()).stream().anyMatch(x -> CALLS.matcher(x).find());
    }

    private static double besidesTheCallBack(ScoredCall call, Turn t, CardProfile card, int step) {
        double sim = 0;
        for (String sentence : Sentences.split(t.text())) {
            if (!SETS_THE_CALL.matcher(sentence.strip()).find() && !onlyAWhen(sentence)) {
                sim = Math.max(sim, CardProfile.max(call.sentence(sentence), card.stepLines.get(step)));
            }
        }
        return sim;
    }

    /** Day and hour words and a word of assent. */
    private static final java.util.regex.Pattern WHEN_WORDS = java.util.regex.Pattern.compile("(?i)\\b(?:great|good|okay|ok|perfect|so|then"
            + "|at|on|in the|morning|afternoon|evening|a\\.?m\\.?|p\\.?m\\.?|o'clock|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today"
            + "|january|february|march|april|may|june|july|august|september|october|november|december)\\b"
            + "|好的?|行|那|就|周.|星期.|礼拜.|明天|后天|今天|上午|下午|晚上|早上|中午|[点半号日月]");

    /**
     * A sentence that says only when: "Great, Friday, September 24, at 11 a.m." repeats the call-back time the customer just gave
     * (holdout71's extinguisher-service-05), and is no visit window.
     */
    private static boolean onlyAWhen(String sentence) {
        String rest = WHEN_WORDS.matcher(ChineseNumbers.normalize(sentence)).replaceAll(" ").replaceAll("[\\d:.,，。!！?？\\s-]+", " ");
        return CardProfile.terms(rest).isEmpty() && rest.replaceAll("[^\\p{IsHan}]", "").length() < 2;
    }

    private static boolean offersItsOptions(Turn t, List<String> stepFacts) {
        java.util.Map<Fact.Type, java.util.Set<String>> named = new java.util.EnumMap<>(Fact.Type.class);
        for (Fact f : FactExtractor.extract(t.text())) {
            if (stepFacts.contains(f.type() + "=" + f.value())) {
                named.computeIfAbsent(f.type(), k -> new java.util.HashSet<>()).add(f.value());
            }
        }
        return named.values().stream().anyMatch(v -> v.size() >= 2);
    }

    private static boolean specific(Turn t, List<String> stepFacts, java.util.Set<String> ownTerms) {
        boolean fact = !stepFacts.isEmpty() && FactExtractor.extract(t.text()).stream()
                .anyMatch(f -> stepFacts.contains(f.type() + "=" + f.value()));
        if (fact) {
            return true;
        }
        java.util.Set<String> said = CardProfile.stepUnits(t.text());
        said.retainAll(ownTerms);
        return said.size() >= OWN_TERMS;
    }

    static Item item(List<StepResult> steps) {
        if (steps.isEmpty()) {
            return Item.notApplicable("the card has no steps");
        }
        long covered = steps.stream().filter(s -> s.status().equals(StepResult.COVERED)).count();
        long skipped = steps.stream().filter(s -> s.status().equals(StepResult.SKIPPED)).count();
        List<Integer> evidence = steps.stream().filter(s -> s.turn() != null).map(StepResult::turn).distinct().toList();
        List<String> missed = steps.stream().filter(s -> s.status().equals(StepResult.MISSED))
                .map(s -> String.valueOf(s.number())).toList();
        long due = steps.size() - skipped;
        return Item.of(due == 0 ? 1 : covered / (double) due, evidence, covered + "/" + due + " steps covered"
                + (skipped > 0 ? ", " + skipped + " made unnecessary by the callee or not yet due when the call ended" : "")
                + (missed.isEmpty() ? "" : "; missed step " + String.join(", ", missed)));
    }

    /**
     * Order: the most covered steps that can be placed in script order, each at any turn that carries it
     * out, over all covered steps. A step is out of order only when none of its turns fits: a rep who
     * names step 4 in the opening and does it properly later, or recaps step 2 in the goodbye, kept order.
     */
    static Item order(List<StepResult> steps) {
        List<StepResult> covered = steps.stream().filter(s -> s.status().equals(StepResult.COVERED))
                .sorted(java.util.Comparator.comparingInt(StepResult::number)).toList();
        if (covered.size() < 2) {
            return Item.notApplicable("fewer than two steps covered");
        }
        int inOrder = longestChain(covered);
        List<StepResult> spoken = covered.stream()
                .sorted(java.util.Comparator.comparingInt(StepResult::turn).thenComparingInt(StepResult::number)).toList();
        int[] numbers = spoken.stream().mapToInt(StepResult::number).toArray();
        List<Integer> outOfOrder = new ArrayList<>();
        for (int i = 1; i < spoken.size(); i++) {
            if (inOrder < covered.size() && spoken.get(i).number() < spoken.get(i - 1).number()) {
                outOfOrder.add(spoken.get(i).turn());
            }
        }
        return Item.of(inOrder / (double) covered.size(), outOfOrder, inOrder == covered.size() ? "steps in script order"
                : "spoken order " + java.util.Arrays.toString(numbers) + ": at most " + inOrder + " of " + covered.size()
                + " in order, taking each step at any turn that carries it out");
    }

    /** Steps (in script order) that can each be given one of their turns with the turns non-decreasing (one turn may cover two steps). */
    static int longestChain(List<StepResult> byNumber) {
        // best.get(i).get(turn): the longest chain ending with step i placed at that turn
        List<java.util.Map<Integer, Integer>> best = new ArrayList<>();
        int longest = 0;
        for (int i = 0; i < byNumber.size(); i++) {
            java.util.Map<Integer, Integer> here = new java.util.HashMap<>();
            List<Integer> turns = byNumber.get(i).turns().isEmpty() ? List.of(byNumber.get(i).turn()) : byNumber.get(i).turns();
            for (int turn : turns) {
                int chain = 1;
                for (int j = 0; j < i; j++) {
                    for (var e : best.get(j).entrySet()) {
                        if (e.getKey() <= turn) {
                            chain = Math.max(chain, e.getValue() + 1);
                        }
                    }
                }
                here.put(turn, chain);
                longest = Math.max(longest, chain);
            }
            best.add(here);
        }
        return longest;
    }
}
