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
import java.util.regex.Pattern;

/**
 * The offline rep. It keeps a dialogue state: which script steps it has said, which the callee
 * settled itself, whether the callee has agreed, asked for it in writing or refused, and which of
 * its own questions is still open. Each turn it first answers every question the callee asked
 * (from the Q&A entry that matches, else a script line that does, else "I'll check and get back
 * to you" — never an unrelated line), then works the script in order. It closes by an end
 * condition only when the state supports it: success only after an explicit agreement (a bare
 * "行。" is a back-channel) and after every step the card marks as the call's purpose was said;
 * "in writing" only when asked for; a refusal only when the callee refused or hung up.
 */
final class OfflineCaller implements Agent {
    private final CardIndex index;
    private final SplittableRandom random;
    private final List<ScriptStep> steps;
    private final Lang lang;
    private final RepWording wording;
    private final RepAnswers answers;
    private final TemplateFiller filler;
    private final ClosingTail closingTail;
    /** This rep's manner, by seed: a brisk one runs two steps together and leaves optional steps out. */
    private final boolean brisk;
    /** Whether this rep calls the customer by first name now and then (English). */
    private final boolean usesName;
    /** Steps of which a line was said (by index). */
    private final Set<Integer> said = new HashSet<>();
    /** Steps the callee settled itself (not required ones: those the rep must say). */
    private final Set<Integer> settled = new HashSet<>();
    /** What the rep has said so far: a figure told once (95折 in an answer) is not told again by its script line. */
    private final StringBuilder repText = new StringBuilder();
    private String lastReply = "";
    /** A refusal of the matter itself, not only of the call: cancel, not needed, don't call again. */
    private static final Pattern REFUSES_MATTER = Pattern.compile("不续|不办|不需要|不要了|算了|别再打|不要再打|取消|投诉|不用再联系|退了"
            + "|\\bcancel|\\bnot interested\\b|\\bdon'?t call\\b|\\bstop calling\\b|\\bforget it\\b|\\bwon'?t\\b|\\bno thanks\\b",
            Pattern.CASE_INSENSITIVE);
    /** A card condition for a customer who has to go: "has to hang up", "没时间、挂断". */
    private static final Pattern HANGS_UP = Pattern.compile("挂断|挂电话|挂了|没时间|忙|hang up|has to go|busy|no time", Pattern.CASE_INSENSITIVE);
    /** Script lines already said: a line is never said twice (that would be a loop). */
    private final Set<String> saidLines = new HashSet<>();
    /** The script lines said before the turn being built: a line said in this turn is not said twice in it. */
    private final Set<String> saidBeforeTurn = new HashSet<>();
    /** The options the rep's last question offered ("Tuesday or Thursday, morning or afternoon"), or none. */
    private List<String> offered = List.of();
    private boolean agreed;
    private boolean proposed;
    /** The rep's last turn read back the customer's picks and asked if it was right; the customer has said it was. */
    private boolean readBackAsked;
    /** A read-back template has been said in this call: a closing need not read the picks back again. */
    private boolean readBackSaid;
    /** Picks the rep has said since they were made ("那就砂糖橘，我记下了。"): the closing does not say them again. */
    private final Set<String> saidBack = new java.util.HashSet<>();
    private boolean readBackConfirmed;
    /** A bare yes to a read-back: "没错。", "对。", "Correct.", "Yes, that's right." */
    private static final java.util.regex.Pattern RIGHT = java.util.regex.Pattern.compile(
            "(?i)(?:嗯，?)?(?:对|对的|没错|是的|对，没错|没问题|都对|对，都对|对的对的|没错没错|是这样)[。！!]?"
            // "Yes, that is right." to a read-back is as much a yes as "That's right." (it had been asked "Shall I set that up?")
            + "|(?:(?:yes|yeah|yep)[,.]? )?(?:correct|that's right|that is right|that's correct|that is correct|that's all correct"
            + "|all correct|sounds right|you got it|that's it|right|yes|yep|yeah|exactly|spot on)[.!]?");
    private int proposals;
    /** The one option left after the customer turned the other down, offered again on its own; null otherwise. */
    private String onlyLeft;
    private List<String> onlyLeftOf = List.of();
    private String onlyLeftLine;
    private static final Pattern YES_TO_ONE = Pattern.compile("(?i)(?:嗯，?)?(?:可以|行|好|成|没问题|就这天|就那天)|(?:yes|yeah|sure|ok|okay|that works|fine)\\b");
    private int turns;
    /** A callee turn this close to one of a step's lines settles that step (bge scale: paraphrase ≈ 0.7+). */
    static final double SETTLED = 0.72;

    OfflineCaller(CardIndex index, long seed) {
        this.index = index;
        this.random = new SplittableRandom(seed ^ 0xCA11E7L);
        this.steps = index.card.caller().steps();
        this.lang = index.lang;
        this.wording = new RepWording(lang, random);
        this.filler = new TemplateFiller(index, lang);
        this.closingTail = new ClosingTail(index.memo, lang);
        this.answers = new RepAnswers(index, random, wording, l -> {
            saidLines.add(index.stepLines.get(l));
            // a line said in answer does the step's job only when nothing the step must say is left (renewal's 扩容 line
            // said to a question about expansion had left the 95折 offer and the cycle question unsaid)
            if (keyLines(index.stepOfLine.get(l)).isEmpty()) {
                said.add(index.stepOfLine.get(l));
            }
        });
        this.brisk = random.nextInt(3) == 0;
        this.usesName = random.nextInt(2) == 0;
    }

    @Override
    public Reply respond(List<Turn> history) {
        // card text in brackets is said as part of the sentence: the reply cleaner would cut "(cleanings and exams)" as a
        // stage direction and leave "Saturdays are hygiene only ."
        return Utterances.timed(() -> {
            String callee = history.isEmpty() ? "" : Utterances.lastOf(history, Role.CALLEE);
            noteCustomerNumbers(callee);
            filler.heard(callee);
            String raw = history.isEmpty() ? open() : next(callee);
            readBackAsked = TemplateFiller.SLOT.matcher(raw).find() && endsWithQuestion(raw);
            readBackSaid |= readBackAsked;
            String reply = Speech.bracketsSpoken(filler.fill(raw, lastPick, chosen));
            reply = withoutReplacedNumbers(reply);
            if (reply.equals(lastReply)) {
                // "Tuesday afternoon, please… How soon can you fix it?" answered with the offer just made ("I can book a technician
                // on Tuesday or Thursday… Which suits you?"): said twice, the call ends as a loop; the pick is confirmed instead
                offered = Speech.options(lastReply);
                String pick = picked(callee);
                if (pick != null) {
                    lastPick = pick;
                    reply = byName(Phrases.Kind.REP_ECHO.say(lang, random, pick));
                } else {
                    String as = Phrases.Kind.AS_SAID.say(lang, random);
                    reply = as + (lang == Lang.ZH ? reply : Character.toLowerCase(reply.charAt(0)) + reply.substring(1));
                }
            }
            lastReply = reply;
            repText.append(reply).append('\n');
            String lower = reply.toLowerCase(java.util.Locale.ROOT);
            filler.pickedWords().stream().filter(w -> lower.contains(w.toLowerCase(java.util.Locale.ROOT))).forEach(saidBack::add);
            return reply;
        });
    }

    /** Numbers the customer gave for a thing ("we'd go down to 32 seats"): the card's other number for it no longer holds. */
    private final java.util.Map<String, String> customerNumbers = new java.util.HashMap<>();
    private static final Pattern NUMBER_OF = Pattern.compile("\\b(\\d+) ([a-z]+s)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_MARKER = Pattern.compile("\\s*\\[END:\\d+]\\s*$");
    private static final Pattern PRICE = Pattern.compile("\\$\\s?\\d|\\d\\s?(?:dollars|元|块)");

    private void noteCustomerNumbers(String callee) {
        if (lang != Lang.EN) {
            return;
        }
        if (Speech.isQuestion(callee)) {
            return; // "What's the price if we drop to 32 seats?" asks; "No, we'd go down to 32 seats." decides
        }
        java.util.regex.Matcher m = NUMBER_OF.matcher(callee);
        while (m.find()) {
            customerNumbers.put(m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(1));
        }
    }

    /**
     * A clause pricing a number of things the customer has changed is left out ("…, which comes to $10,200 for 40 seats"
     * after "No, we'd go down to 32 seats."): the card has no figure for the customer's number, and the old one is wrong
     * for it (all 4 English calls of the second review quoted 40 seats to a customer who had just said 32).
     */
    private String withoutReplacedNumbers(String reply) {
        if (customerNumbers.isEmpty()) {
            return reply;
        }
        // the end marker is no sentence: split with the rest it was lost, and the rep's closing no longer ended the call
        java.util.regex.Matcher end = END_MARKER.matcher(reply);
        if (end.find()) {
            return withoutReplacedNumbers(reply.substring(0, end.start())) + end.group();
        }
        StringBuilder out = new StringBuilder();
        for (String sentence : Speech.sentences(reply)) {
            List<String> kept = new ArrayList<>();
            String[] clauses = sentence.split("(?<=,) ");
            for (String clause : clauses) {
                java.util.regex.Matcher m = NUMBER_OF.matcher(clause);
                boolean stale = false;
                while (m.find()) {
                    String theirs = customerNumbers.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
                    stale |= theirs != null && !theirs.equals(m.group(1)) && PRICE.matcher(clause).find();
                }
                if (!stale) {
                    kept.add(clause);
                }
            }
            String joined = sentence;
            if (kept.isEmpty()) {
                continue;
            } else if (kept.size() < clauses.length) {
                joined = String.join(" ", kept).replaceAll(",$", "");
                joined = joined.matches("(?s).*[.!?;:]$") ? joined : joined + ".";
            }
            out.append(out.length() == 0 ? "" : " ").append(joined);
        }
        return out.length() == 0 ? reply : out.toString();
    }

    private String open() {
        String opening = index.card.caller().opening();
        if (opening.isBlank()) {
            return sayStep(0, Integer.MAX_VALUE);
        }
        // the opening usually does step 1's job (who, which company, why); then step 1 is done
        float[] o = index.vec(opening);
        java.util.Set<String> ou = index.memo.units(opening);
        if (steps.get(0).lines().stream().anyMatch(l -> Embedder.cosine(o, index.vec(l)) >= 0.6
                || Speech.overlap(index.memo.units(l), ou) * 3 >= index.memo.units(l).size() * 2)) {
            said.add(0);
        }
        return opening;
    }

    /** The rep asked when to call back: the customer's answer is closed on. */
    private boolean callbackAsked;

    /** Everything the customer has said: whether it named the choice the goal needs. */
    private final StringBuilder customerSaid = new StringBuilder();
    /** The rep asked which of the goal's options (the plan) the customer wants: its answer is closed on. */
    private boolean choiceAsked;

    private String next(String callee) {
        turns++;
        saidBeforeTurn.clear();
        saidBeforeTurn.addAll(saidLines);
        customerSaid.append(callee).append('\n');
        if (callbackAsked) {
            return withClose(answers.answerAll(callee, index.memo.questions(callee)), Intent.MESSAGE);
        }
        if (choiceAsked && index.goalChoice != null && !index.goalChoice.named(callee).isEmpty()) {
            choiceAsked = false;
            return withClose(answers.answerAll(callee, index.memo.questions(callee)), Intent.CONFIRM);
        }
        List<String> heard = index.memo.sentences(callee);
        Intent decision = index.memo.decision(callee);
        if (decision == null && CALL_ME_AT.matcher(callee).find() && CallbackTime.in(callee) != null) {
            // "Let me look at my budget. Call me Thursday evening?" puts it off to a time it names: not a question to check and
            // get back on (the fifteenth review's firewood rep had answered it "Let me check that and get back to you.")
            decision = Intent.MESSAGE;
        }
        if (turns == 1 && decision == Intent.CONFIRM) {
            decision = null; // "I've got a few minutes, go ahead." answers "Do you have a couple of minutes?": no agreement yet
        }
        if (turns == 1 && decision == Intent.MESSAGE && GRANTS_TIME.matcher(callee).find() && !CALL_ME_AT.matcher(callee).find()) {
            // "Oh good, I was starting to think nobody was going to call back. I've got a few minutes, go ahead." puts nothing
            // off (review 36: "When's a good time to call you back?" to it, 5 of 10 farrier calls)
            decision = null;
        }
        readBackConfirmed |= readBackAsked && lastPick != null && (decision == Intent.CONFIRM
                || decision == null && RIGHT.matcher(callee.strip()).matches());
        // a decision settles no script step (the call is being closed), nor does a one-sentence answer to the rep's question
        if (decision == null && !(proposed && heard.size() == 1)) {
            settleSteps(heard.isEmpty() ? null : heard.get(heard.size() - 1));
        }
        // "Call me Thursday evening?" names the call-back; it is not a question to check and get back on
        List<String> questions = index.memo.questions(callee).stream()
                .filter(q -> !(CALL_ME_AT.matcher(q).find() && CallbackTime.in(q) != null)).toList();
        // read before any close: the agreement "The cancellation, please. OK, go ahead." ends by the condition naming it
        String picked = picked(callee);
        if (picked == null && onlyLeft != null && (decision == Intent.CONFIRM || YES_TO_ONE.matcher(callee.strip()).lookingAt())) {
            // "那9月3日周三可以吗？" – "可以，…": the one left is picked (the read-back had lost its day and the address with it,
            // review 25)
            picked = onlyLeft;
            filler.picked(onlyLeftOf, onlyLeft, onlyLeftLine, choiceStep >= 0 && choiceStep < steps.size() ? steps.get(choiceStep).title() : null);
        }
        onlyLeft = null;
        if (picked != null) {
            lastPick = picked;
            String option = filler.chosenOption(lastPick, lastOfferLine); // read now: a later choice ("现在交/到店交") replaces the options offered
            chosen = option != null ? option : chosen;
        }
        if (decision == Intent.HANGUP && !REFUSES_MATTER.matcher(callee).find()
                && !HANGS_UP.matcher(index.condition(Role.CALLER, Intent.HANGUP).text()).find() && index.has(Role.CALLER, Intent.MESSAGE)) {
            // "I have to go." turns down nothing: closed as "I'll text you a summary", not by the card's "he cancels the order"
            // ("Your refund is on its way" with nothing cancelled, the eleventh review's glasses calls)
            return close(Intent.MESSAGE);
        }
        if (decision == Intent.HANGUP || decision == Intent.URGENT && index.has(Role.CALLER, Intent.URGENT)) {
            return close(decision);
        }
        List<String> parts = new ArrayList<>();
        parts.addAll(answers.answerAll(callee, questions));
        offerAnswered(parts);
        if (decision == Intent.MESSAGE) {
            return withClose(parts, Intent.MESSAGE);
        }
        if (picked == null && !refusedNow.isEmpty()) {
            // "周六上午不行" with nothing picked: the other options, asked again (it had been booked as said)
            List<String> grid = lang == Lang.EN ? slotsLeft() : List.of();
            List<String> rest = grid.isEmpty() ? piecesLeft() : grid;
            if (!rest.isEmpty()) {
                String line = lang == Lang.ZH ? "那" + String.join("或者", rest) + (rest.size() > 1 ? "呢，您看哪个方便？" : "可以吗？")
                        : "How about " + String.join(" or ", rest) + " instead?";
                List<String> left = lastOffered.stream().filter(x -> rest.get(0).contains(x) && !refusedNow.contains(x)).toList();
                if (rest.size() == 1 && left.size() == 1 && lastOffered.size() >= 2) {
                    onlyLeft = left.get(0);
                    onlyLeftOf = List.copyOf(lastOffered);
                    onlyLeftLine = lastOfferLine;
                }
                parts.add(line);
                offered = Speech.options(line);
                lastOffered = offered.size() >= 2 ? offered : lastOffered;
                lastOfferLine = line;
                proposed = true;
                return join(parts);
            }
        }
        if (decision == Intent.CONFIRM && (proposed || questions.isEmpty())) {
            agreed = true;
        }
        int missing = nextRequired();
        if (agreed && missing < 0 && questions.isEmpty()) {
            // what the step the customer just chose in still has to say ("套餐变更都是7月1日生效…") is said before the close
            String rest = restOfChoiceStep();
            if (rest != null) {
                parts.add(rest);
            }
            return withClose(parts, lastStatements());
        }
        if (agreed && missing >= 0) {
            // agreement before the purpose of the call was said: say it, then ask again
            agreed = false;
            String line = sayStep(missing, Integer.MAX_VALUE);
            parts.add(line);
            if (readBackAsked && questions.isEmpty() && !endsWithQuestion(line)) {
                // a read-back confirmed is the booking: what is left to say is said, and the call closed, not put to the customer
                // again (review 34: "…Shall I set that up for you?" after "That's correct.", and she put it off, 2 of 10)
                agreed = true;
                return withClose(parts, lastStatements());
            }
            if (!endsWithQuestion(line)) {
                // a step line that asks ("您是选方案一、方案二，还是照常降到59？") is the question: no second one after it
                parts.add(Phrases.Kind.PROPOSE.say(lang, random));
            }
            proposed = true;
            proposals++;
            return join(parts);
        }
        if (picked != null && random.nextInt(3) != 0) {
            // the rep confirms back what the customer picked ("Thursday afternoon, perfect.", "周六下午，没问题。")
            parts.add(0, byName(Phrases.Kind.REP_ECHO.say(lang, random, picked)));
        } else if (parts.isEmpty() && random.nextInt(Speech.backChannel(callee) ? 5 : 2) == 0) {
            parts.add(byName(Phrases.Kind.ACK_REP.say(lang, random)));
        }
        boolean impatient = Utterances.impatient(callee);
        int room = (int) (index.typicalStepLength * 1.6) - parts.stream().mapToInt(String::length).sum();
        int step = nextStep();
        if (step >= 0 && !index.requiredSteps.contains(step) && (impatient || brisk) && random.nextInt(2) == 0
                // (anywhere in a line: "If that's okay with you, I'll fax Dr. Patel's office today. They usually answer…")
                && steps.get(step).lines().stream().allMatch(l -> index.memo.questions(l).isEmpty())) {
            // a customer in a hurry (or a brisk rep) does not get an optional statement: it is left out, not claimed;
            // a step that asks something (which period, which day) is never left out
            settled.add(step);
            step = nextStep();
        }
        boolean answeredSomething = !questions.isEmpty();
        if (readBackConfirmed && !answeredSomething) {
            // a yes to the read-back with only closing statements left: they are said and the call closed in one turn ("对，
            // 没错。" → the tracking-number line alone had the customer put it off, review 21's tea calls)
            List<String> tail = lastStatements();
            if (!tail.isEmpty()) {
                parts.removeIf(p -> p.length() <= 12);
                return withClose(parts, tail);
            }
        }
        if (step >= 0 && (!answeredSomething || (!impatient && room >= shortestLine(steps.get(step))))) {
            String line = sayStep(step, answeredSomething ? room : Integer.MAX_VALUE);
            parts.add(!answeredSomething && parts.isEmpty() && random.nextInt(3) == 0 ? wording.withTransition(line) : line);
            proposed = endsWithQuestion(line);
            int alsoRoom = (int) (index.typicalStepLength * (proposed ? 3.2 : 2.2)) - parts.stream().mapToInt(String::length).sum();
            // before a question, the step's statement the script puts first: "上线前我们会派摄影师免费上门拍菜品…" before "这周四…这两个时段
            // 您选一个？" had come after the read-back in 9 of 10 calls, and "The technician swaps the trial machine…" never (review 27)
            String also = proposed ? statementBefore(step, line, alsoRoom) : nextStatement(step, alsoRoom);
            if (also != null) {
                // a step is its point, not one of its lines: another of its statements, while the turn has room (two
                // readers found one line of a step said and its point left out in 20 of 20 calls: "an adult needs to be
                // home"); in the script's order ("朵朵…还不会换气，教练建议…" before the class it leads to)
                List<String> lines = steps.get(step).lines();
                String asSaid = line;
                int lineAt = java.util.stream.IntStream.range(0, lines.size()).filter(k -> asSaid.contains(lines.get(k))).findFirst().orElse(-1);
                if (lines.indexOf(also) < lineAt || lineAt < 0 && endsWithQuestion(line)) {
                    parts.add(parts.size() - 1, also);
                } else {
                    parts.add(also);
                }
            }
            if (!proposed && !keyLines(step).isEmpty() && step != choiceStep && lastPick == null) {
                // a line of the step with a figure not yet told stays to be said next turn: the plate and mileage check, what
                // the free service covers, the pet line were left out of 20 of 20 calls once one line of the step was said
                // (the seventh review)
                said.remove(step);
            }
            int then = nextStep();
            if (!proposed && then >= 0 && !answeredSomething && (brisk || impatient) && random.nextInt(2) == 0) {
                // a statement and the next step in one breath, as a brisk rep does
                String more = sayStep(then, Integer.MAX_VALUE);
                parts.add(more);
                proposed = endsWithQuestion(more);
            }
        } else if (step < 0 && !answeredSomething) {
            if (readBackConfirmed) {
                // the customer said yes to the read-back: asking "Can we go ahead with that?" again had sent 20 of 20 calls of
                // review 21 into a put-off; the closing carries its own "Perfect," ("Perfect. Perfect, you're all booked.")
                parts.removeIf(p -> p.length() <= 12);
                return withClose(parts, Intent.CONFIRM);
            }
            if (proposals >= 2 || turns > 12) {
                // asked twice with no decision: leave it with the customer, in writing
                return withClose(parts, Intent.MESSAGE);
            }
            String rest = lastPick != null ? restOfChoiceStep() : null;
            if (rest != null) {
                parts.add(rest); // the choice made, what follows it ("套餐变更都是7月1日生效…") before asking to go ahead
            }
            parts.add(Phrases.Kind.PROPOSE.say(lang, random));
            proposed = true;
            proposals++;
        }
        if (parts.isEmpty()) {
            parts.add(Phrases.Kind.PROBE.say(lang, random));
        }
        return join(parts);
    }

    /** A closing clause that promises the call-back the rep has just named with its time ("I'll call you back then as we agreed"). */
    private static final Pattern CALLS_BACK = Pattern.compile(
            "(?i)\\b(?:call|ring|phone) you back\\b|\\bget back to you\\b|再(?:给您|跟您)?(?:打|联系|致电)|给您回电|回访您");

    private static final Pattern CALL_ME_AT = Pattern.compile("(?i)\\b(?:call|ring|try|phone) me\\b|(?:再|回头)?(?:给我)?打(?:过来|给我)|再联系我");

    /** Whether the rep has asked how the customer will pay, for a read-back that names it. */
    private boolean paymentAsked;

    /** The options of the rep's last choice question, kept for the close. */
    private List<String> lastOffered = List.of();

    /** Whether a closing names an option offered that the customer did not pick (by two content units, or all of a short one). */
    private boolean namesOtherOption(String closing) {
        if (lastPick == null || lastOffered.size() < 2) {
            return false;
        }
        java.util.Set<String> cu = index.memo.units(closing);
        java.util.Set<String> pu = index.memo.units(lastPick);
        for (String o : lastOffered) {
            java.util.Set<String> ou = new java.util.HashSet<>(index.memo.units(o));
            ou.removeAll(pu);
            int n = Speech.overlap(ou, cu);
            if (!ou.isEmpty() && !lastPick.contains(o) && (n >= 2 || n == ou.size())) {
                return true;
            }
        }
        return false;
    }

    /** The step of the rep's last choice question, or -1. */
    private int choiceStep = -1;
    private static final java.util.regex.Pattern WHICH = java.util.regex.Pattern.compile("(?i)\\bwhich\\b|哪(?:一)?(?:种|个|款|样)");

    /** The first unsaid statement line of the required step whose choice the customer made, or null. */
    private String restOfChoiceStep() {
        if (choiceStep < 0 || !index.requiredSteps.contains(choiceStep)) {
            return null;
        }
        for (String l : steps.get(choiceStep).lines()) {
            if (!saidLines.contains(l) && index.memo.questions(l).isEmpty() && Speech.options(l).size() < 2) {
                saidLines.add(l);
                return l;
            }
        }
        return null;
    }

    /**
     * The lines of the script's closing statements not yet said, after everything else it says ("I'll email the contract
     * today. The balance is due by March 21"): an agreement closed the call without them (review 21's exhibitor never heard
     * the balance date in 7 of 10 calls). Only a run of unsaid steps at the end of the script, none of which asks anything, once
     * every required step is said (an earlier step left out, such as "Hi, is this Rob?" under the greeting, stays out).
     */
    private List<String> lastStatements() {
        int first = steps.size();
        // (a step taken as settled by the customer's words still counts while it has a figure not told: bge on English took
        // "I see. Keep going." for the balance date)
        while (first > 0 && !said.contains(first - 1)
                && (!settled.contains(first - 1) || steps.get(first - 1).lines().stream().anyMatch(this::newFigure))
                && steps.get(first - 1).lines().stream().allMatch(l -> index.memo.questions(l).isEmpty())) {
            first--;
        }
        if (first == steps.size() || first == 0 || steps.size() - first > 2 || nextRequired() >= 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = first; i < steps.size(); i++) {
            out.add(sayStep(i, Integer.MAX_VALUE));
        }
        return out;
    }

    /** The first required step not yet said, or -1. */
    private int nextRequired() {
        for (int i = 0; i < steps.size(); i++) {
            if (index.requiredSteps.contains(i) && !said.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first step neither said nor settled by the callee, or -1 when the script is done. */
    private int nextStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (!said.contains(i) && !settled.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Steps the callee has already spoken to (it stated the cycle, asked for the materials...) need not be said. */
    private void settleSteps(String lastSentence) {
        // only the turn's last sentence settles a step, and a back-channel settles none: nothing else needs embedding
        // (every sentence used to be embedded, and new wording cost a model run each)
        if (lastSentence == null || Speech.backChannel(lastSentence)) {
            return;
        }
        double[] last = index.memo.sims(QuestionKind.unframed(lastSentence)).toLines();
        for (int l = 0; l < last.length; l++) {
            int i = index.stepOfLine.get(l);
            // a step that asks the customer to choose (which period, which day) is asked, never taken as settled by an
            // echo of one of its figures ("3期，好。" after "可以分3期、6期或者12期")
            if (last[l] >= SETTLED && !said.contains(i) && !index.requiredSteps.contains(i) && !asksChoice(i)) {
                settled.add(i);
            }
        }
    }

    /**
     * The step's unsaid lines a reviewer would miss: those stating a figure (the discount, the deadline) and, in a step
     * that carries the call's purpose, its question.
     */
    private List<String> keyLines(int i) {
        boolean required = index.requiredSteps.contains(i);
        return steps.get(i).lines().stream().filter(l -> !saidLines.contains(l))
                // a question stating a figure to check ("车牌是粤A·3K8N6…4300公里，您看实际差不多吗？") is one too
                .filter(l -> newFigure(l) || required && endsWithQuestion(l)).toList();
    }

    private boolean newFigure(String line) {
        return Speech.statesNewFigure(line, repText.toString());
    }

    /** A rate is a price too: "每期手续费率分别是0.75%、0.7%和0.65%" is the plan's price before its worked example. */
    private static final Pattern RATE = Pattern.compile("\\d(?:\\.\\d+)?\\s*%|\\d\\s*折|percent");

    /** The step's first unsaid statement of a figure, or null. */
    private String figureLine(ScriptStep s) {
        return s.lines().stream().filter(l -> !saidLines.contains(l) && newFigure(l) && !endsWithQuestion(l)
                && Speech.options(l).size() < 2 && !TemplateFiller.readBackBeforePick(l, lastPick) && !afterReadBack(s, l))
                .findFirst().orElse(null);
    }

    /**
     * Whether a line comes after its step's read-back, not yet said: "Great, I'll text you a confirmation today…" had come
     * before "So that's a [load size]…" in 10 of 10 firewood calls (the fifteenth review).
     */
    private boolean afterReadBack(ScriptStep s, String line) {
        int at = s.lines().indexOf(line);
        return at > 0 && s.lines().subList(0, at).stream().anyMatch(r -> !saidLines.contains(r) && TemplateFiller.SLOT.matcher(r).find());
    }

    /** The step's next unsaid statement (no question, no choice) that fits {@code room}, marked said; or null. */
    private String nextStatement(int i, int room) {
        for (String l : steps.get(i).lines()) {
            if (unsaidStatement(l, room) && !TemplateFiller.readBackBeforePick(l, lastPick) && !filler.awaitsPayment(l)
                    && !afterReadBack(steps.get(i), l)) {
                saidLines.add(l);
                return l;
            }
        }
        return null;
    }

    /** A line not yet said that states something (no question, no choice, no figure told already) and fits {@code room}. */
    private boolean unsaidStatement(String l, int room) {
        return !saidLines.contains(l) && !endsWithQuestion(l) && Speech.options(l).size() < 2 && l.length() <= room
                && (!Speech.statesFigure(l) || newFigure(l));
    }

    /** The step's unsaid statement just before {@code question} in the script, marked said, if it fits {@code room}; or null. */
    private String statementBefore(int i, String question, int room) {
        List<String> lines = steps.get(i).lines();
        int at = -1;
        for (int k = 0; k < lines.size() && at < 0; k++) {
            at = question.contains(lines.get(k)) ? k : -1; // the line as said, with "您看哪个合适？" or the options added
        }
        if (at <= 0) {
            return null;
        }
        String l = lines.get(at - 1);
        if (!unsaidStatement(l, room) || TemplateFiller.SLOT.matcher(l).find()) {
            return null;
        }
        saidLines.add(l);
        offer(i, question); // "The Clean Plus is $289…" said with "…so $169 or $269. Which would you like?" names its option
        return l;
    }

    private String sayStep(int i, int room) {
        said.add(i);
        ScriptStep s = steps.get(i);
        if (s.lines().isEmpty()) {
            return s.title();
        }
        List<String> fresh = s.lines().stream().filter(l -> !saidLines.contains(l)).toList();
        List<String> noReadBack = fresh.stream().filter(l -> !TemplateFiller.readBackBeforePick(l, lastPick)).toList();
        if (!noReadBack.isEmpty()) {
            fresh = noReadBack; // "您选的是续X年、月租XXXX、X付，对吗？" with nothing chosen is no question to ask
        }
        // a line that offers a choice and asks which is never left out for a statement of the same step: solar-survey's
        // rep said "Dan will text you…" for "Book the slot", then "So that's the time you picked" with nothing offered
        List<String> choices = fresh.stream().filter(l -> endsWithQuestion(l) && Speech.options(l).size() >= 2).toList();
        List<String> figures = fresh.stream().filter(l -> newFigure(l) && !endsWithQuestion(l)).toList();
        // a line whose figures were all told already is not said again ("15% off… $10,200" after the price was asked)
        // (a question is asked whatever figures it names: "您看10月1号大概几点送过来，7号几点来接？" after the stay's dates were
        // told had left the pet card's drop-off and pick-up never asked, the third review)
        List<String> news = fresh.stream().filter(l -> !Speech.statesFigure(l) || newFigure(l) || endsWithQuestion(l)).toList();
        if (!news.isEmpty()) {
            fresh = news;
        }
        if (!choices.isEmpty()) {
            fresh = choices;
        } else if (!index.requiredSteps.contains(i) && !figures.isEmpty()) {
            fresh = figures; // of a step's statements, the one with the figure is the one that must be said
        }
        String figure = index.requiredSteps.contains(i) ? figureLine(s) : null;
        if (figure != null && figure.length() <= room && fresh.stream().anyMatch(this::endsWithQuestion)) {
            // a step that carries the purpose says the figure its question rests on first ("老客户今年续费自动享受95折
            // 优惠…"), in a turn of its own; the step stays open for its question ("请确认本次周期选择")
            said.remove(i);
            saidLines.add(figure);
            return figure;
        }
        if (index.requiredSteps.contains(i)) {
            // a step that carries the purpose is said with its question (the date, the cycle, the yes)
            List<String> asking = fresh.stream().filter(this::endsWithQuestion).toList();
            if (asking.isEmpty()) {
                // or with its options ("I have Tuesday… or Thursday…"), then asked which
                asking = fresh.stream().filter(l -> Speech.options(l).size() >= 2).toList();
            }
            if (!asking.isEmpty()) {
                fresh = asking;
            }
        }
        List<String> fitting = (fresh.isEmpty() ? s.lines() : fresh).stream().filter(l -> l.length() <= room).toList();
        List<String> pool = fitting.isEmpty() ? (fresh.isEmpty() ? s.lines() : fresh) : fitting;
        // of statements that state figures, the first in the script is the step's own: "15% off… $10,200" before "You
        // can also switch to monthly", 消炎药吃满5天 before 漱口水 (a random one left the offer unsaid in 27 of 50 calls)
        List<String> leads = fresh.stream().filter(l -> newFigure(l) && !endsWithQuestion(l)).toList();
        // and of those, one with the price: the furnace card's "a 21-point inspection…" was said and "It's a flat $89…" never
        // (the third review: no price in 5 of 5 calls)
        List<String> priced = leads.stream().filter(l -> PRICE.matcher(l).find() || RATE.matcher(l).find()).toList();
        if (!priced.isEmpty()) {
            leads = priced;
        }
        // what the customer's own success condition says it must know comes first: the furnace card's "Gary books a window
        // and knows to clear space and shut the dog away" needs "…three feet of clear space…any pets shut in another room",
        // which "The technician will text you…" (the step's other line, the one with a digit) had always replaced
        java.util.Set<String> mustKnow = index.memo.units(index.condition(Role.CALLEE, Intent.CONFIRM).text());
        List<String> known = fresh.stream().filter(l -> !endsWithQuestion(l) && Speech.overlap(index.memo.units(l), mustKnow) >= 3).toList();
        if (!known.isEmpty() && fresh.stream().noneMatch(this::endsWithQuestion)) {
            leads = known;
        }
        String line = !leads.isEmpty() && fresh.stream().noneMatch(this::endsWithQuestion) ? leads.get(0)
                : pool.get(random.nextInt(pool.size()));
        for (String l : s.lines().subList(0, Math.max(0, s.lines().indexOf(line)))) {
            if (!saidLines.contains(l) && TemplateFiller.SLOT.matcher(l).find() && !TemplateFiller.readBackBeforePick(l, lastPick)
                    && !filler.awaitsPayment(l)) {
                // the step's read-back before what the script says after it ("Great, I'll text you a confirmation today…" had
                // come before "So that's a [load size]…" in 10 of 10 firewood calls, the fifteenth review)
                line = l;
                break;
            }
        }
        saidLines.add(line);
        int at = s.lines().indexOf(line);
        if (endsWithQuestion(line) && at > 0 && CalleeAnswers.ASKS_DAY.matcher(line).find() && !saidLines.contains(s.lines().get(at - 1))
                && Speech.options(line).stream().noneMatch(o -> TemplateFiller.WEEKDAYS.matcher(o).find() || DAY_WORD.matcher(o).find())
                && (Speech.datesOffered(s.lines().get(at - 1)).size() >= 2 || Speech.options(s.lines().get(at - 1)).stream()
                        .filter(o -> TemplateFiller.WEEKDAYS.matcher(o).find() || DAY_WORD.matcher(o).find()).count() >= 2)) {
            // "Which day and start time work for you?" offers times: the days are the line before ("I can offer Tuesday, May 12, or
            // Thursday, May 14."), said with it (review 30: no day offered in 10 of 10, "on the morning starting at the morning")
            saidLines.add(s.lines().get(at - 1));
            line = s.lines().get(at - 1) + (lang == Lang.ZH ? "" : " ") + line;
        } else if (endsWithQuestion(line) && at > 0 && !saidThisTurn(s.lines().get(at - 1))
                && (Speech.options(line).size() < 2 || !saidLines.contains(s.lines().get(at - 1)) && OFFER_PRICED.matcher(s.lines().get(at - 1)).find())
                && Speech.options(s.lines().get(at - 1) + line).size() >= 2) {
            // "第二种是您自己选修理厂…您看选哪种？" is no choice without the line before it ("第一种是…"); nor "Which one would you like
            // for Leo, Basic or Plus?" without their prices, never said
            saidLines.add(s.lines().get(at - 1));
            line = s.lines().get(at - 1) + (lang == Lang.ZH ? "" : " ") + line;
        } else if (endsWithQuestion(line) && Speech.options(line).size() < 2 && at > 0
                && WHICH.matcher(line).find() && dev.rolecall.card.ParallelOffers.named(s.lines().subList(0, at)).size() >= 2) {
            line = dev.rolecall.card.ParallelOffers.asked(line, dev.rolecall.card.ParallelOffers.named(s.lines().subList(0, at))); // the options the lines before stated
            // with those lines, when not said yet: "Which one would you like?" had followed the dearer course's line alone, and the
            // cheaper one was never priced (review 30, 10 of 10)
            List<String> unsaid = s.lines().subList(0, at).stream().filter(l -> !saidLines.contains(l) && OFFER_PRICED.matcher(l).find()).toList();
            if (!unsaid.isEmpty() && unsaid.size() <= 2) {
                saidLines.addAll(unsaid);
                line = String.join(lang == Lang.ZH ? "" : " ", unsaid) + (lang == Lang.ZH ? "" : " ") + line;
            }
        } else if (!endsWithQuestion(line) && index.requiredSteps.contains(i) && Speech.options(line).size() >= 2
                && OFFERS.matcher(line).find() && s.lines().stream().noneMatch(this::endsWithQuestion)) {
            // a purpose step that offers options and asks nothing ("I have Tuesday… or Thursday…") asks which
            line = line + (lang == Lang.ZH ? "" : " ") + Phrases.Kind.WHICH.say(lang, random);
        }
        if (!endsWithQuestion(line) && Speech.datesOffered(line).size() >= 2) {
            // "…比如7月5日或者7月8日，您选一个日子就行。" asks which in a statement: the question said, so a day is picked
            line = line + (lang == Lang.ZH ? "您看哪天方便？" : " Which day suits you?");
        }
        List<String> ways = PaymentOptions.in(index.stepLines);
        if (!paymentAsked && !ways.isEmpty() && filler.awaitsPayment(line)) {
            // a read-back "paying by [method]" with no way to pay chosen asks for it first, once; the read-back stays to be said
            paymentAsked = true;
            said.remove(i);
            saidLines.remove(line);
            line = PaymentOptions.question(ways, lang);
        }
        // "Last year you had a face cord. Which size would you like this time?" asks about the sizes said just before it in this
        // turn: offered with them, as when that line was said twice to carry them
        offer(i, endsWithQuestion(line) && Speech.options(line).size() < 2 ? thisTurn(line) : line);
        return line;
    }

    /**
     * A step's choice said as an answer is offered as the step would offer it: "到底要花多少钱？" answered with "有两种办法：普通申请…；
     * 担保注册…。您看选哪一种？" and "普通申请就行。" picked, but the pick was not noted and the read-back left out [方案] (review 29).
     */
    private void offerAnswered(List<String> parts) {
        if (parts.isEmpty() || !endsWithQuestion(parts.get(parts.size() - 1))) {
            return;
        }
        String last = parts.get(parts.size() - 1);
        for (int i = 0; i < steps.size(); i++) {
            // (its question may have its options named after it: "您看选哪个方案：基础保养还是全面大修？")
            if (steps.get(i).lines().stream().anyMatch(l -> endsWithQuestion(l) && (last.endsWith(l)
                    || last.contains(l.strip().replaceFirst("[?？]$", "")) && endsWithQuestion(last)))) {
                offer(i, last);
                return;
            }
        }
    }

    private static final java.util.regex.Pattern DAY_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\d{1,2}月\\d{1,2}[日号]");
    private static final java.util.regex.Pattern OFFER_PRICED = java.util.regex.Pattern.compile("\\$\\s?\\d|\\d\\s?(?:元|块)|\\bdollars?\\b");

    /** The script lines said so far in this turn, then {@code line}: what a which-question at its end may be asking about. */
    private String thisTurn(String line) {
        // one line, as Speech.cardOptionsInstead reads the last line of what was said as the rep's turn
        return index.stepLines.stream().filter(l -> saidThisTurn(l) && !l.equals(line)).collect(java.util.stream.Collectors.joining(" ")) + " " + line;
    }

    private boolean saidThisTurn(String line) {
        return saidLines.contains(line) && !saidBeforeTurn.contains(line);
    }

    /** What the rep's question offers, noted for the customer's pick. */
    private void offer(int i, String line) {
        // the question's own options first: the lines stating them before it list their contents ("换防水胶圈、走时校准") too
        List<String> sentences = Speech.sentences(line);
        List<String> own = sentences.isEmpty() ? List.of() : Speech.options(sentences.get(sentences.size() - 1));
        // a question offering reasons ("是觉得费用高，还是流量用不完？") has no pick to echo back as agreed
        offered = endsWithQuestion(line) && !CalleeAnswers.WHY_CHOICE.matcher(line).find()
                // the goal's options in Chinese too: "…普通申请每个类别800元…；担保注册每个类别2600元…。您看选哪一种？" is a pick the
                // read-back's [方案] needs (review 29: "复述一下：；视频面签定在周四下午；；。")
                // and a bare "您看哪种合适？" after lines naming the goal's options asks those, not the lists in the lines ("刷缸壁、
                // 洗过滤棉…", review 31: "季度维护套餐吧" was no pick, 10 of 10)
                ? Speech.cardOptionsInstead(line, own.size() >= 2 ? own : own.isEmpty() && index.optionsAsked != null
                        && index.optionsAsked.named(thisTurn(line)).size() >= 2 ? List.of() : Speech.options(line), index.optionsAsked,
                        String.join("\n", saidLines) + "\n" + thisTurn(line))
                : List.of();
        if (lang == Lang.EN && sentences.size() >= 2 && offered.size() >= 2 && offered.stream().allMatch(o -> CalleeAnswers.CLOCK_OPTION.matcher(o).matches())) {
            // "…Tuesday, March 17, or Wednesday, March 18. Would you like a 9:30 a.m. or a 1:00 p.m. start?" offers the days too:
            // "Tuesday at 1:00 p.m." is the pick (its start time read from its "at", below)
            List<String> days = Speech.options(sentences.get(sentences.size() - 2)).stream().filter(o -> DAY_WORD.matcher(o).find()).toList();
            if (days.size() >= 2) {
                offered = days;
            }
        }
        if (offered.size() >= 2) {
            choiceStep = i;
            lastOffered = offered;
            lastOfferLine = line;
            if (steps.get(i).lines().stream().anyMatch(l -> !saidLines.contains(l) && !line.contains(l) && endsWithQuestion(l)
                    && Speech.options(l).size() >= 2)) {
                // a step with two choices ("献全血还是献血小板？" and "本周六上午…或者本周日下午…，您选哪个？") asks the other next
                // turn: the sixteenth review's reps asked one of two in 20 of 20 calls
                said.remove(i);
            }
        }
    }

    /**
     * An English acknowledgement with the customer's first name now and then, as reps do ("Thanks, Linda."); this
     * rep's habit, by seed. Chinese reps address the customer as 您 or by surname and title, which the card does not give.
     */
    private String byName(String ack) {
        String name = index.card.callee().displayName().trim();
        if (lang != Lang.EN || !usesName || name.isEmpty() || random.nextInt(2) == 0 || !ack.endsWith(".")) {
            return ack;
        }
        return ack.substring(0, ack.length() - 1) + ", " + name.split("\\s+")[0] + ".";
    }

    /** The options of the last offer line not turned down, cut out of it ("送货可以排9月3日周三" offered again as "9月3日周三"). */
    private List<String> piecesLeft() {
        List<String> rest = new ArrayList<>();
        for (String piece : (lastOfferLine == null ? "" : lastOfferLine).split("[、，,；;：:？?。]|或者|还是|\\bor\\b")) {
            // "送货可以排9月3日周三" is offered again as "9月3日周三", not "那送货可以排9月3日周三可以吗？"
            String o = piece.strip().replaceFirst("^(?:and|or)\\s+", "").replaceFirst("^\\p{IsHan}{0,6}?(?:可以|能)(?:排|约|安排)在?(?=\\d)", "");
            if (lastOffered.stream().anyMatch(x -> o.contains(x)) && !refusedNow.stream().allMatch(o::contains)
                    && (TemplateFiller.DAYS.matcher(o).find() || TemplateFiller.WEEKDAYS.matcher(o).find() || lang == Lang.EN)) {
                rest.add(o);
            }
        }
        return rest;
    }

    /**
     * English days and times left after a refusal, as slots: "Wednesday morning's no good" of Wednesday or Friday, morning or afternoon
     * leaves "Wednesday afternoon", "Friday morning", "Friday afternoon". English offer lines are sentences, and cutting them at
     * commas and "or" had said "How about I can put a crew on it Wednesday or Friday or October 17…" (review 34, 5 of 10).
     */
    private List<String> slotsLeft() {
        List<String> days = lastOffered.stream().filter(o -> DAY_WORD.matcher(o).find()).toList();
        List<String> parts = lastOffered.stream().filter(o -> PART_OF_DAY_WORD.matcher(o).find()).toList();
        List<String> out = new ArrayList<>();
        if (!days.isEmpty() && !parts.isEmpty()) {
            for (String d : days) {
                for (String p : parts) {
                    if (!refusedSlot(d, p)) {
                        String clock = clockFor(p.strip());
                        out.add(d + (clock != null ? " at " + clock : " " + p.strip()));
                    }
                }
            }
            return out.size() > 3 ? out.subList(0, 3) : out;
        }
        return List.of(); // no grid of days and times: the offer line's own pieces
    }

    /** The start time the offer line gave for that part of the day ("12:30 in the afternoon"), or null. */
    private String clockFor(String part) {
        java.util.regex.Matcher m = CalleeAnswers.START_AT.matcher(lastOfferLine == null ? "" : lastOfferLine);
        while (m.find()) {
            if (m.group(1).toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT))) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** Whether the customer's last words turned down that day at that part of it ("Wednesday morning's no good"). */
    private boolean refusedSlot(String day, String part) {
        String said = lastCallee.toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = REFUSED.matcher(said);
        while (m.find()) {
            String clause = clauseAt(said, m.start());
            int from = said.indexOf(clause);
            if (POINTS_BACK.matcher(clause).find() && from > 1) {
                clause = clauseAt(said, from - 2) + " " + clause; // "Thursday mornings I've got labs, that won't work."
            }
            if (clause.contains(day.toLowerCase(java.util.Locale.ROOT)) && (clause.contains(part.strip().toLowerCase(java.util.Locale.ROOT))
                    || !PART_OF_DAY_WORD.matcher(clause).find())) {
                return true;
            }
        }
        return false;
    }

    private String lastCallee = "";

    /** The options the customer's last words turned down. */
    private final List<String> refusedNow = new ArrayList<>();

    /** An option named to turn it down. */
    private static final Pattern REFUSED = Pattern.compile("不行|不方便|不可以|不合适|没空|没时间|去不了|来不了|不太行|不成|不得空|排不开|不(?:太)?会(?:弄|用)|用不来|弄不来"
            + "|\\b(?:can'?t|cannot|won'?t work|doesn'?t work|does not work|no good|not good|is out|are out|busy)\\b|(?<=\\w)['’]s out\\b", Pattern.CASE_INSENSITIVE);

    /** The clause of {@code text} around index {@code at}. */
    private static String clauseAt(String text, int at) {
        int from = at;
        while (from > 0 && "，。！？,.!?；;".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && "，。！？,.!?；;".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** A clause that points back at the one before and turns it down: "…, that won't work", "…，那天不行". */
    private static final Pattern POINTS_BACK = Pattern.compile("^\\s*(?:and\\s+)?(?:that|it|which|那|这)", Pattern.CASE_INSENSITIVE);

    /**
     * "Thursday mornings I've got labs, that won't work." turns Thursday morning down in the clause after it (review 35: booked
     * as "Thursday morning, perfect.", 4 of 10).
     */
    private static boolean refusedAfter(String text, int at) {
        int to = at;
        while (to < text.length() && "，,；;".indexOf(text.charAt(to)) < 0) {
            if ("。！？.!?".indexOf(text.charAt(to)) >= 0) {
                return false;
            }
            to++;
        }
        if (to >= text.length()) {
            return false;
        }
        String next = clauseAt(text, to + 1);
        return POINTS_BACK.matcher(next).find() && REFUSED.matcher(next).find();
    }

    private static final java.util.regex.Pattern PART_OF_DAY_WORD = java.util.regex.Pattern.compile("(?i)\\s*\\b(?:in the )?(?:morning|afternoon|evening)s?\\b");

    /** What the customer picked of the options the rep just offered, in its own order ("Thursday afternoon"), or null. */
    private String picked(String callee) {
        lastCallee = callee;
        List<String> offeredNow = offered;
        offered = List.of();
        refusedNow.clear();
        if (offeredNow.size() < 2) {
            return null;
        }
        // the pick is in the first sentence that names an option: "Tuesday afternoon, please. Because afternoons are better, I
        // have calls every morning." picks no morning (three options named had read as no pick, and the offer was made again)
        for (String sentence : index.memo.sentences(callee)) {
            String l = sentence.toLowerCase(java.util.Locale.ROOT);
            if (offeredNow.stream().anyMatch(o -> l.contains(o.toLowerCase(java.util.Locale.ROOT)))) {
                if (!REFUSED.matcher(sentence).find()) {
                    callee = sentence;
                }
                break;
            }
        }
        java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>();
        String lower = callee.toLowerCase(java.util.Locale.ROOT);
        for (String o : offeredNow) {
            String bare = o.replaceFirst("^(?:下周|这周|本周)", "周");
            int i = lower.indexOf(o.toLowerCase(java.util.Locale.ROOT));
            if (i < 0) {
                i = lower.indexOf(bare.toLowerCase(java.util.Locale.ROOT));
            }
            if (i >= 0 && (REFUSED.matcher(clauseAt(callee, i)).find() || refusedAfter(callee, i))) {
                refusedNow.add(o);
                continue; // "周六上午不行，我得送孩子去跳舞" refuses the slot: it was booked (the seventh review)
            }
            int from = i;
            // "年付" inside "半年付" is no second pick
            if (i >= 0 && at.entrySet().stream().noneMatch(e -> from >= e.getKey() && from < e.getKey() + e.getValue().length())) {
                int len = lower.startsWith(o.toLowerCase(java.util.Locale.ROOT), i) ? o.length() : bare.length();
                at.entrySet().removeIf(e -> e.getKey() >= from && e.getKey() < from + len);
                String said = callee.substring(i, i + len);
                // as the rep offered it: "Cash" opening the customer's sentence is "cash" in "Great, cash it is."
                at.put(i, lang == Lang.EN && said.equalsIgnoreCase(o) ? o : said);
            }
        }
        if (at.size() > 2 && lang == Lang.ZH && callee.contains("，")) {
            // "周六上午吧，下午我要出去。" names three of 周六, 周日, 上午, 下午: the pick is its first clause (review 31's card)
            String first = callee.split("，")[0];
            at.entrySet().removeIf(e -> e.getKey() >= first.length());
        }
        if (at.isEmpty() || at.size() > 2 || Speech.decision(callee) != null && Speech.decision(callee) != Intent.CONFIRM) {
            return null;
        }
        String pick = String.join(lang == Lang.ZH ? "" : " ", at.values());
        java.util.regex.Matcher window = CalleeAnswers.WINDOW.matcher(callee);
        // "Thursday, 8-to-10 am works.": the window it named goes with the day, "So that's Thursday, 8-to-10 am at …"
        pick = lang == Lang.EN && window.find() && !pick.contains(window.group()) ? pick + ", " + window.group() : pick;
        java.util.regex.Matcher start = CalleeAnswers.START_AT.matcher(callee);
        if (lang == Lang.EN && start.find() && lastOfferLine != null && lastOfferLine.contains(start.group(1)) && !pick.contains(start.group(1))) {
            // "Tuesday at 6:30 in the morning": the start time it named, not the "morning" it shares with the offer
            pick = PART_OF_DAY_WORD.matcher(pick).replaceAll("").strip() + " at " + start.group(1);
        }
        filler.picked(offeredNow, pick, lastOfferLine, choiceStep >= 0 && choiceStep < steps.size() ? steps.get(choiceStep).title() : null);
        return pick;
    }

    private boolean asksChoice(int step) {
        return steps.get(step).lines().stream().anyMatch(l -> endsWithQuestion(l)
                && (Speech.options(l).size() >= 2 || l.matches("(?s).*(?:或者|还是|、).*[？?]$")));
    }

    private boolean endsWithQuestion(String text) {
        return index.memo.endsWithQuestion(text);
    }

    private String withClose(List<String> parts, Intent intent) {
        String close = close(intent);
        List<String> out = intent == Intent.CONFIRM && !choiceAsked ? withPicksReadBack(parts, close) : parts;
        return out.isEmpty() ? close : join(out) + (lang == Lang.ZH ? "" : " ") + close;
    }

    /** The closing for a yes after the script's last statements, less the clauses the closing says again. */
    private String withClose(List<String> parts, List<String> tail) {
        String close = close(Intent.CONFIRM);
        List<String> out = new ArrayList<>(parts);
        out.addAll(closingTail.before(close, tail));
        out = choiceAsked ? out : withPicksReadBack(out, close);
        return out.isEmpty() ? close : join(out) + (lang == Lang.ZH ? "" : " ") + close;
    }

    /**
     * A yes closed with what the customer picked said back, when no read-back template has said it: the renewal rep had
     * closed "月度…微信，按这个办" with "如接下来有合同…需求，欢迎直接提" and neither pick said again (session 46's reading).
     */
    private List<String> withPicksReadBack(List<String> parts, String close) {
        if (readBackSaid) {
            return parts;
        }
        String said = (join(parts) + close).toLowerCase(java.util.Locale.ROOT);
        List<String> picks = filler.pickedWords().stream()
                .filter(p -> !saidBack.contains(p) && !said.contains(p.toLowerCase(java.util.Locale.ROOT))).toList();
        if (picks.isEmpty()) {
            return parts;
        }
        String list = lang == Lang.ZH ? String.join("、", picks)
                : picks.size() == 1 ? picks.get(0) : String.join(", ", picks.subList(0, picks.size() - 1)) + " and " + picks.get(picks.size() - 1);
        List<String> out = new ArrayList<>(parts);
        String back = Phrases.Kind.READ_BACK_PICKS.say(lang, random, list);
        out.add(lang == Lang.ZH ? back : Character.toUpperCase(back.charAt(0)) + back.substring(1));
        return out;
    }

    private String join(List<String> parts) {
        return String.join(lang == Lang.ZH ? "" : " ", parts);
    }

    private String close(Intent intent) {
        if ((intent == Intent.CONFIRM || intent == Intent.MULTI) && index.goalChoice != null && !choiceAsked
                && index.goalChoice.named(customerSaid.toString()).isEmpty()) {
            // "The customer chooses a plan and books the first visit": the plan is asked for before the booking is closed (the
            // twelfth review: 6 of 10 lawn calls closed as a plan chosen when none was)
            choiceAsked = true;
            String noun = index.goalChoice.noun();
            // "the Complete plan"; an option named in words of its own is said as it is ("the clinic plan", "the planetarium show")
            List<String> o = index.goalChoice.options().stream().map(x -> x.startsWith(noun) ? x
                    : x.contains(" ") ? "the " + x : "the " + x + " " + noun).toList();
            String list = String.join(", ", o.subList(0, o.size() - 1)) + " or " + o.get(o.size() - 1);
            return "And would you like " + list + "?";
        }
        Intent i = intent == Intent.CONFIRM && answers.answeredEntries() >= 3 && index.has(Role.CALLER, Intent.MULTI)
                ? Intent.MULTI : intent;
        EndCondition c = index.conditionFor(Role.CALLER, i, filler.goalPick(lastPick));
        List<String> closings = index.card.caller().closings();
        String words;
        if (closings.isEmpty()) {
            words = Phrases.Kind.BYE_REP.say(lang, random);
        } else if (closings.size() == index.card.caller().endConditions().size()) {
            // one closing per end condition, in the same order (the card's shape): take that one, not the nearest
            // by embedding (bge is weak on English: "you're booked" came out nearest to "asks for it by email")
            words = closings.get(c.number() - 1);
        } else {
            float[] cv = index.vec(c.text());
            // fewer closings than conditions: the first is the success closing ("那我们下周见", "按约定的时间给您送过去"), never
            // the words for "call me another time"
            boolean success = i == Intent.CONFIRM || i == Intent.MULTI;
            int best = success || closings.size() < 2 ? 0 : 1;
            double bestSim = -1;
            for (int k = success || closings.size() < 2 ? 0 : 1; k < closings.size(); k++) {
                // a success is never closed with "talk it over and call us back" or "I've noted you don't want it";
                // a call-back never with the "noted your no" words
                if (success && namesOtherOption(closings.get(k))) {
                    continue; // "尊重您的选择，降到畅享59的申请照常…" is no closing for a customer who chose 方案一
                }
                // nor with "Sure, I'll call you back [agreed time]" (review 26: 5 of 7 booked gutter calls)
                if (k > 0 && (success && (DEFERS.matcher(closings.get(k)).find() || DECLINES.matcher(closings.get(k)).find()
                        || CALLS_BACK.matcher(closings.get(k)).find())
                        || i == Intent.MESSAGE && DECLINES.matcher(closings.get(k)).find())) {
                    continue;
                }
                // plus shared words: bge alone put "No problem, I'll send everything…" nearest to "agrees to renew"
                double s = Embedder.cosine(cv, index.vec(closings.get(k))) + random.nextDouble() * 0.05
                        + 0.05 * Speech.overlap(index.memo.units(c.text()), index.memo.units(closings.get(k)));
                if (s > bestSim) {
                    bestSim = s;
                    best = k;
                }
            }
            words = closings.get(best);
        }
        if (intent == Intent.HANGUP) {
            words = Phrases.Kind.SORRY.say(lang, random) + words;
        }
        boolean agreesTime = dev.rolecall.card.CallbackCondition.agreesTime(c.text());
        // "I have to go." closed by "…a time to call back is agreed": asked when, as for a customer who will think it over
        // (or its closing speaks of a time agreed: "我按说好的时间再给您打过来" had been said with none, 3 of 3 in review 34)
        if ((intent == Intent.MESSAGE || intent == Intent.HANGUP && agreesTime)
                && (CALLBACK_TIME.matcher(c.text()).find() || agreesTime || AGREED_TIME.matcher(words).find())
                && !(IN_WRITING.matcher(c.text()).find() && askedInWriting())) {
            // "约定了再次回访的时间": a time agreed, not one the rep names alone in its goodbye (the twelfth review: "那我周五上午再打给您"
            // after "改天你再打给我吧"). The customer's own time, or the rep asks for one first
            String when = callbackAsked ? CallbackTime.in(filler.lastHeard()) : callTimeNamed(filler.lastHeard());
            if (when == null && !callbackAsked) {
                callbackAsked = true;
                return Phrases.Kind.ASK_CALLBACK.say(lang, random);
            }
            String back = when == null ? Phrases.Kind.CALLBACK.say(lang, random) : Phrases.Kind.CALLBACK_AT.say(lang, random, when);
            // the card's closing may name a time of its own ("那我明天中午12点再打给您"): said after the customer's "周五上午" it
            // contradicted it (the fourteenth review, 4 of 4 call-backs); its sentences naming another time are left out
            String own = words;
            // clause by clause: "没问题，那我明天中午12点再给您打电话，您先考虑，再见！" keeps "没问题，您先考虑，再见！"
            // ("No problem, I'll call you back on Thursday at 2. Take care!" keeps "No problem. Take care!")
            List<String> keep = new ArrayList<>();
            for (String piece : words.split("(?<=[，,。！!？?])\\s*|(?<=\\.)\\s+")) {
                if (CallbackTime.in(piece) == null && !CALLS_BACK.matcher(piece).find()) {
                    keep.add(piece);
                } else if (!keep.isEmpty() && lang == Lang.EN) {
                    keep.set(keep.size() - 1, keep.get(keep.size() - 1).replaceFirst(",$", ".")); // "No problem." before "Take care!"
                }
            }
            // "Sounds good, I'll give you a ring tomorrow evening. Sounds good. Bye for now!": the lead said once (review 31)
            if (!keep.isEmpty() && bare(back.split("[，,。.！!]")[0]).equals(bare(keep.get(0)))) {
                keep.remove(0);
            }
            String kept = String.join(lang == Lang.ZH ? "" : " ", keep).replaceAll("[，,]$", lang == Lang.ZH ? "。" : ".");
            words = kept.isBlank() ? (when == null ? own : "") : kept;
            words = back + (words.isEmpty() ? "" : (lang == Lang.ZH ? "" : " ") + words);
        }
        return words + " [END:" + c.number() + "]";
    }

    /**
     * A time the customer names for the call, unasked: in a sentence about calling ("周四下午打过来吧"), not a day it repeats
     * from the booking ("周六吧。我还得跟老婆商量商量…" had been closed "行，周六我再联系您", review 31); null when none.
     */
    private String callTimeNamed(String heard) {
        for (String sentence : index.memo.sentences(heard == null ? "" : heard)) {
            if (CALL_ME.matcher(sentence).find() || CALL_ME_AT.matcher(sentence).find() || CALLS_BACK.matcher(sentence).find()) {
                String when = CallbackTime.in(sentence);
                if (when != null) {
                    return when;
                }
            }
        }
        return null;
    }

    private static String bare(String piece) {
        return piece.replaceAll("[\\p{P}\\s]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The customer's last words ask for it in writing ("你把资料都发我吧", "text it to me"): where the condition lets the rep send
     * it instead ("要求把方案短信发过去，或者约好回电时间"), no call-back time is named (the sixth to eighth reviews: "那我周五上午再打给您"
     * right after "别打电话了，信息发我就行").
     */
    private static final Pattern IN_WRITING = Pattern.compile("发我|发给我|短信|发过来|微信上|\\b(?:text|email|e-mail|send)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CALL_ME = Pattern.compile("再打|回电|打给我|\\bcall me\\b|\\bcall back\\b", Pattern.CASE_INSENSITIVE);

    private boolean askedInWriting() {
        String last = filler.lastHeard();
        // a call-back the customer asked for ("改天再打给我") still gets its time
        return IN_WRITING.matcher(last).find() && !CALL_ME.matcher(last).find();
    }

    /**
     * Words that make times or channels a choice ("周二上午或者周四下午", "年付、季付都可以", "Tuesday or Thursday"); a
     * schedule narrating "上午拍内景，下午拍外景" names times without offering them, and asking "您看哪个合适？" after it
     * had the customer pick a half-day of a one-day shoot.
     */
    private static final Pattern OFFERS = Pattern.compile("或|还是|都可以|都行|都有|任选|可选|可以选|[/、]|\\b(?:or|either)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A condition that ends the call with a time agreed for the next call. */
    private static final java.util.regex.Pattern CALLBACK_TIME = java.util.regex.Pattern.compile(
            "约[定好].{0,8}(时间|回访|回电)|回电时间|回访的?时间|\\b(agree|set|arrange)s? (?:on )?a time\\b|\\bcall-?back time\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The customer gives the rep the time to talk: "go ahead", "I've got a few minutes", "你说吧", "方便的". */
    private static final Pattern GRANTS_TIME = Pattern.compile(
            "(?i)\\bgo (?:ahead|on)\\b|\\bi'?m listening\\b|\\bnow'?s (?:fine|good)\\b|\\bi'?ve got (?:a few|a couple of|two|five) minutes\\b|\\bi have a (?:minute|few minutes)\\b|你说吧?[。，,！]|请讲|(?<!不)方便(?:的)?[，,。]");

    /** A closing that speaks of a time already agreed: "我按说好的时间再给您打过来", "I'll call at the time we agreed". */
    private static final java.util.regex.Pattern AGREED_TIME = java.util.regex.Pattern.compile(
            "说好的时间|约好的时间|约定的时间|\\bthe time we (?:agreed|set)\\b|\\bwhen you said\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** What the customer last picked of the options offered ("Thursday", "半年付"), for a card line's slot. */
    private String lastPick;

    /** The option the customer's last pick named, with what it says ("B班7月7号开课，每周二、四、六下午4点到5点"); or null. */
    private String chosen;

    /** The line of the last choice offered ("A班7月6号开课，每周一…；B班7月7号开课，每周二…，您看哪个时间方便？"). */
    private String lastOfferLine;

    /** Closing words that leave the decision with the customer, or record its no. */
    private static final java.util.regex.Pattern DEFERS = java.util.regex.Pattern.compile(
            "商量|考虑好|想好了?再|回个电话|方便的时候再|when you know|when you'?ve decided|when you decide|think it over"
                    // "…email you the options and call back at the time we agreed" (review 32: said for 6 of 7 bookings)
                    + "|\\bcall (?:you )?back\\b|\\bemail you the options\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern DECLINES = java.util.regex.Pattern.compile(
            // review 34: "Understood. If anything changes, our number is on the quote." had closed a booking
            "不续|不办|不打扰|change your mind|make a note|won'?t bother|if anything changes", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static int shortestLine(ScriptStep s) {
        return s.lines().stream().mapToInt(String::length).min().orElse(s.title().length());
    }
}
