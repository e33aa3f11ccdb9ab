package dev.rolecall.agent.offline;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
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

    /** A caller sentence this close to a script line says that line. */
    static final double HEARD = 0.8;

    /** The rep asks to go ahead; "Shall I confirm the booking?" too (answered "Yes, that's fine." it was asked again). */
    private static final Pattern PROPOSAL = Pattern.compile("办理|安排|定下来|按这个|确认一下可以|\\bgo ahead\\b|\\bset that up\\b|\\bon that basis\\b"
            + "|\\bshall i (?:book|confirm|schedule|lock|put)\\b|\\bconfirm the (?:booking|appointment|visit|renewal)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_BACK = Pattern.compile("核实后|核实一下|查一下|确认后回复|回复您|get back to you|check and", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_MARK = Pattern.compile("\\s*\\[END:\\d*]");

    private final CardIndex index;
    private final Persona persona;
    private final SplittableRandom random;
    private final Lang lang;
    private final CalleeAgenda agenda;
    private final Set<Integer> heard = new HashSet<>();
    /** The card's cued lines already said: each once a call. */
    private final Set<String> reacted = new HashSet<>();
    /** Whether this call opens with the card's opener (by seed). */
    private final boolean openWithCard;
    /** Everything the rep has said: what is no longer news to the customer. */
    private final Heard heardSoFar;
    private final CalleeAnswers answers;
    private final CalleeWording wording;
    private int next;
    private CalleeAgenda.Item pending;
    private boolean nudged;
    private int patience;
    private int answered;
    private int dodges;
    private int checkBacks;
    /** What it asked that the rep put off or dodged: a refusal for a reason must be over one of these. */
    private final List<String> putOffOn = new ArrayList<>();
    private int turns;
    private Intent signalled;
    /** How often it restated its decision after the rep went on without closing. */
    private int restated;
    /** The customer's pick among the options of a proposal this turn, said before its decision. */
    private String pickedNow;
    /** How many picks the customer had made before this turn. */
    private int chosenBefore;
    private String last = "";
    private String lastCaller = "";
    /** The rep offers to send it ("Shall I send the quote to your email?"): holding off would refuse what it asks for. */
    // "The technician will text you thirty minutes before arriving" announces a text, it offers nothing in writing: after its
    // own pick, "Send me everything in writing and I'll think it over" there read as a reversal (the second review)
    private static final Pattern OFFERS_WRITING = Pattern.compile("发给您|发您|发到|短信|微信|邮箱"
            + "|\\b(?:send|e-?mail|text)(?: it| them)? (?:to )?(?:you )?(?:the|a|an|all|everything|over|details|options|quote|confirmation)\\b",
            Pattern.CASE_INSENSITIVE);
    private boolean reliefSaid;
    private int asked;


    OfflineCallee(CardIndex index, Persona persona, long seed) {
        this.index = index;
        this.persona = persona;
        this.lang = index.lang;
        this.random = new SplittableRandom(seed ^ 0xCA11EEL);
        this.patience = persona.patience() + (persona.mood().equals("calm") ? 2 : 1);
        this.heardSoFar = new Heard(index.memo);
        this.openWithCard = (seed & 2) == 0;
        this.agenda = new CalleeAgenda(index, persona, random, heardSoFar);
        this.wording = new CalleeWording(index, random, heardSoFar);
        this.answers = new CalleeAnswers(index, persona, random, wording);
    }


    @Override
    public Reply respond(List<Turn> history) {
        return Utterances.timed(() -> {
            String reply = next(END_MARK.matcher(Utterances.lastOf(history, Role.CALLER)).replaceAll(""), history.size() <= 1);
            answers.said(reply);
            return reply;
        });
    }

    private String next(String caller, boolean firstTurn) {
        turns++;
        lastCaller = caller;
        answers.heard(caller);
        chosenBefore = answers.chosen.size();
        markHeard(caller);
        heardSoFar.hear(caller);
        // the read-back it is waiting for is no speech: "Too long, sorry. Send it to me in writing" to it (review 27)
        boolean tooLong = !firstTurn && caller.length() > index.typicalStepLength * (1.3 + 0.3 * persona.patience()) && !index.readsBack(caller);
        if (tooLong) {
            patience--;
        }
        boolean dodged = false;
        boolean justAnswered = false;
        boolean justCheckedBack = false;
        if (pending != null && !firstTurn) {
            if (agenda.answersAsked(caller, pending, true)) {
                answered++;
                if (CHECK_BACK.matcher(caller).find()) {
                    // part answered, the rest to be checked ("…一次并报…具体的我核实后回复您"): still put off on some of it
                    checkBacks++;
                    putOffOn.add(pending.words());
                    patience--;
                }
                pending = null;
                nudged = false;
                justAnswered = true;
            } else if (Phrases.Kind.WORRY_ACK.saidIn(caller) && !Speech.isQuestion(pending.words())) {
                // a worry it voiced, heard and acknowledged: nothing was asked, so nothing was dodged
                pending = null;
                nudged = false;
                justAnswered = true;
            } else if (CHECK_BACK.matcher(caller).find()) {
                checkBacks++;
                putOffOn.add(pending.words());
                justCheckedBack = true;
                patience--;
                pending = null;
                nudged = false;
                justAnswered = true;
            } else {
                dodged = true;
                patience -= 2;
                dodges++;
                putOffOn.add(pending.words());
            }
        }
        agenda.dropCovered(caller, next);
        agenda.surfaceLatent(caller, next);
        List<String> questions = index.memo.questions(caller);
        String question = questions.isEmpty() ? null : questions.get(questions.size() - 1);
        // "您打个分吧，1到5分" asks without a question mark: answered with a score, not taken as the booking's go-ahead
        String ratingAsked = index.memo.sentences(caller).stream().filter(CalleeAnswers::asksRating).findFirst().orElse(null);
        if (question == null) {
            question = ratingAsked;
        }
        boolean proposal = question != null && PROPOSAL.matcher(question).find();
        if (proposal && signalled == null && Speech.options(CalleeAnswers.withOptionsBefore(caller, question)).size() >= 2) {
            // "So shall I set up the freeze…, or go ahead with the cancellation?" asks which as well as whether: it is
            // answered with the pick ("The freeze, please."), never a bare "Sounds good, let's do that"
            String pick = answers.answer(CalleeAnswers.withOptionsBefore(caller, question), turns);
            answers.lastYes = pick; // a pick before "let me think it over" would contradict it: dropped then
            pickedNow = pick;
        }

        if (patience <= 0 && signalled == null) {
            return leave(tooLong && !dodged);
        }
        List<String> parts = new ArrayList<>();
        // the card's opener in half the calls (every call opening alike read as a loop across a batch), the other half open as
        // the persona draws
        String cue = firstTurn ? (openWithCard ? index.reactions.opener() : null) : index.reactions.on(caller, index.memo.units(caller), reacted);
        if (cue != null && (!firstTurn || reacted.add(cue))) {
            parts.add(cue); // the card's own line on its cue: "道歉就不用了，钱给我退清楚就行。" after "向您道歉"
        }
        if (ratingAsked != null && !ratingAsked.equals(question) && signalled == null) {
            parts.add(answers.answer(ratingAsked, turns)); // the score, and then what else the turn asked
        }
        if (pickedNow != null) {
            parts.add(pickedNow);
            pickedNow = null;
        }
        if (signalled != null && question != null && CallbackTime.asked(question)) {
            // "那您看什么时候方便，我再给您打过来？": a time, and the rep closes on it
            return join(List.of(Phrases.Kind.CALLBACK_WHEN.say(lang, random, CallbackTime.pick(index, random))));
        }
        if (signalled != null) {
            // the decision was said and the rep went on: answer what it asked, restate, and end
            if (question != null && !proposal) {
                parts.add(answers.answer(question, turns));
            }
            parts.add(decisionWords(signalled));
            // a yes or a "send it to me" leaves the goodbye to the rep, once more: a customer who hangs up on its own yes never
            // hears the rep close (the claim card's five calls all ended "好，就第二种，按这个办。", the ninth review)
            if (signalled != Intent.HANGUP && restated++ == 0) {
                return join(parts);
            }
            return join(parts) + end(signalled);
        }
        if (question != null && !proposal) {
            String asked = CalleeAnswers.withOptionsBefore(caller, question);
            String answer = answers.answer(asked, turns);
            parts.add(answer);
            String aside = random.nextInt(5) < 2 ? wording.factInPassing(caller) : null;
            String lowerAnswer = answer.toLowerCase(java.util.Locale.ROOT);
            String lowerAside = aside == null ? "" : aside.toLowerCase(java.util.Locale.ROOT);
            List<String> offeredNow = Speech.options(asked).stream().map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList();
            // (one that names the pick too is its reason: "Tuesday afternoon, please. Just so you know, afternoons are better…")
            if (aside != null && offeredNow.stream().anyMatch(o -> !lowerAnswer.contains(o) && lowerAside.contains(o))
                    && offeredNow.stream().noneMatch(o -> lowerAnswer.contains(o) && lowerAside.contains(o))) {
                // "Online is best for me. For what it's worth, … I'll bring a check Saturday.": an aside naming another option
                // takes the pick back (the fifteenth review's firewood and garden customers, 5 of 20)
                aside = null;
            }
            if (aside != null && Speech.overlap(index.memo.units(aside), index.memo.units(answer)) >= 3) {
                // "Thursday afternoon works, I'm home from noon. By the way, I am home from noon on Thursday." says it twice
                aside = null;
            }
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
        boolean hasMore = agenda.bringReady(next, heard);
        boolean ready = !hasMore || proposal && persona.tendency().equals("decisive");
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
        boolean askNow = firstTurn && hasMore && (persona.impatient() || random.nextInt(2) == 0) && !(openWithCard && index.reactions.opener() != null);
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
        if (tooLong && parts.isEmpty() && index.busy) {
            // "长话短说" is a busy customer's (by its card); a worried retired teacher asks his question instead
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
            ask = wording.askLead(asked == 0) + (lang == Lang.ZH ? ask : Speech.lowerFirst(ask)); // a weekday or a name keeps its capital
        }
        asked++;
        parts.add(ask);
        return join(parts);
    }

    /** Out of patience: says why and goes; ends the call itself or leaves the hanging up to the rep. */
    private String leave(boolean afterMonologue) {
        pickedNow = null;
        // talked at too long, a busy customer whose card lets it ask for the details in writing does that (delivery's
        // "要求对方短信发送配送信息后挂断"); it had hung up by the condition that cancels the order
        Intent intent = afterMonologue && index.has(Role.CALLEE, Intent.MESSAGE) ? Intent.MESSAGE
                : !afterMonologue && (dodges > 0 || checkBacks > 0) && index.has(Role.CALLEE, Intent.ESCALATE)
                ? Intent.ESCALATE : Intent.HANGUP;
        String words = intent == Intent.ESCALATE ? Phrases.Kind.NO_COMMIT.say(lang, random)
                : intent == Intent.MESSAGE ? Phrases.Kind.TOO_LONG_WRITE.say(lang, random)
                : afterMonologue ? Phrases.Kind.TOO_LONG_BYE.say(lang, random) : Phrases.Kind.BYE.say(lang, random);
        words = inPickedChannel(words); // "邮箱吧" earlier: not "你短信发我吧" now
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
        if (goal == Intent.MESSAGE && !answers.chosen.isEmpty() && !answers.declined && dodges == 0 && checkBacks == 0
                && random.nextInt(3) != 0) {
            // it picked the day (the plan) the call is for and was put off on nothing: most such customers book it; one
            // holding off after its own pick had ended a fifth of clinic calls, by a condition the call did not bear out
            goal = Intent.CONFIRM;
        }
        if (goal == Intent.CONFIRM && (answers.declined || index.purposeHasOptions && answers.chosen.isEmpty())) {
            goal = Intent.MESSAGE; // said no to the offer, or nothing (a date, a plan) was chosen: not a yes
        }
        if (goal == Intent.CONFIRM && !requiredHeard()) {
            goal = Intent.MESSAGE; // cannot agree to what it has not heard
        }
        if (persona.mood().equals("irritated") && (dodges >= 2 || dodges + checkBacks >= 1 && !persona.tendency().equals("decisive")
                && random.nextInt(2) == 0) && refusalFits()) {
            goal = Intent.HANGUP; // hardens to a refusal: put off on the phone, in a bad mood
            // one who went along and picked the cycle and the channel, then said only "算了，这次先不办了", reversed itself for
            // no reason it gave: it says the reason
            putOffRefusal = !answers.chosen.isEmpty();
        }
        if (goal != Intent.CONFIRM && answers.lastYes != null) {
            parts.remove(answers.lastYes); // the decision answers the offer; a yes before "send it to me" contradicts it
        }
        if (goal != Intent.CONFIRM && answers.pickSaid != null && parts.size() > 0) {
            parts.remove(answers.pickSaid); // "照常降到59吧。这样，你先发我，我看完再定。": the put-off answers "which?" alone
        }
        // asked for in writing by the channel it picked ("邮箱吧" had been followed by "…全部一次发我微信", the fresh clone's call)
        parts.add(goal == Intent.MESSAGE ? inPickedChannel(decisionWords(goal)) : decisionWords(goal));
        // "call me back later" ends the call by the callee's own condition only when it has one for that: gym-freeze's Dan
        // has none (agree, cancel, feels pressured), and his "I need to think it over" ended by "feels pressured"; the rep
        // closes it instead, by its own "wants time to decide" condition
        boolean ownCondition = goal != Intent.MESSAGE || index.mentions(Role.CALLEE, Intent.MESSAGE);
        // agreeing in the breath it picks ("照常降到59就行。好，就这么定了。"), it leaves the close to the rep, whose step and
        // closing say what follows ("7月1日生效"): hung up there, the customer never heard when it takes effect
        boolean justPicked = goal == Intent.CONFIRM && answers.chosen.size() > chosenBefore;
        // a yes before the rep's last step leaves the close to the rep, whose last step and closing say what follows:
        // hung up on "就这么定了，麻烦你了", 19 of 30 delivery calls ended before the rep said the driver calls ahead (the review)
        boolean repHasMore = goal == Intent.CONFIRM && !heard.contains(index.card.caller().steps().size() - 1);
        // only a refusal hangs up on the rep: a customer who said yes or "send it to me" waits for the rep's goodbye, which says
        // what happens next (12 of 20 calls of the ninth review ended on the customer's "行，那就按这个办。", the rep never closing)
        if (ownCondition && !justPicked && !repHasMore && goal == Intent.HANGUP && (persona.closesSelf() || random.nextInt(2) == 0)) {
            return join(parts) + end(goal);
        }
        signalled = goal;
        return join(parts);
    }

    /** A refusal condition that names a manner, not a matter: any put-off or dodge bears it out. */
    private static final Pattern ANY_PUT_OFF = Pattern.compile("话术|冗长|覆述|复述|含糊|敷衍|绕|回避|答非所问|不耐烦|推销|不透明|诈骗|说不清|流程卡顿"
            + "|\\b(?:vague|dodg|pitch|annoy|fed up|run-?around|script|evasive|scam|stonewall)", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the customer's refusal condition is borne out by what was put off: "对方无法保证送货时间，刘洋表示要取消订单" is
     * about the delivery time, and delivery seed 808's customer cancelled over a check-back on the lift, four turns after
     * it, having booked Sunday morning meanwhile (the review). A condition of manner ("解释冗长…话术明显", "annoyed by the
     * pitch or a dodged question") is borne out by any.
     */
    private boolean refusalFits() {
        String condition = index.condition(Role.CALLEE, Intent.HANGUP).text();
        if (ANY_PUT_OFF.matcher(condition).find()) {
            return true;
        }
        java.util.Set<String> about = Speech.units(condition);
        return putOffOn.stream().anyMatch(q -> Speech.overlap(Speech.units(q), about) > 0);
    }

    /** The refusal follows the rep's put-off after the customer had chosen: it names it. */
    private boolean putOffRefusal;

    private String decisionWords(Intent goal) {
        // a hold-off for the reason its condition names, when it names someone to ask first ("要和爱人商量", "talk to Carol")
        String consult = goal == Intent.MESSAGE && index.mentions(Role.CALLEE, Intent.MESSAGE)
                ? wording.consult(index.condition(Role.CALLEE, Intent.MESSAGE).text()) : null;
        if (consult != null) {
            return consult;
        }
        return switch (goal) {
            case CONFIRM, MULTI -> answers.chosen.isEmpty() || random.nextInt(3) == 0 ? Phrases.Kind.AGREE.say(lang, random)
                    : Phrases.Kind.AGREE_WITH.say(lang, random, String.join(lang == Lang.ZH ? "、" : ", ", answers.chosen.stream().distinct().toList()));
            // after "no" to the offer (often: to send the materials), "send it all to me" would contradict it: "later" instead
            // after its own pick in an earlier turn ("Thursday afternoon, please."), "let me think it over, another time" reads
            // as a reversal (isp-visit seed 4, clinic seed 5): it holds off booking that pick instead
            case MESSAGE -> chosenBefore > 0 && !answers.chosen.isEmpty() && !OFFERS_WRITING.matcher(lastCaller).find()
                    ? (index.writesDocuments ? Phrases.Kind.HOLD_OFF : Phrases.Kind.HOLD_OFF_CALL).say(lang, random)
                    : answers.declined ? Phrases.Kind.LATER.say(lang, random)
                    : !index.writing.isEmpty() && random.nextInt(2) == 0 ? Phrases.pick(index.writing, random)
                    : index.writesDocuments ? Phrases.Kind.IN_WRITING.say(lang, random) : Phrases.Kind.LATER.say(lang, random);
            case ESCALATE -> Phrases.Kind.NO_COMMIT.say(lang, random);
            default -> (putOffRefusal ? Phrases.Kind.REFUSE_PUT_OFF : Phrases.Kind.REFUSE).say(lang, random);
        };
    }

    private static final Pattern CHANNEL = Pattern.compile("短信|微信|邮箱|邮件|\\b(?:e-?mail|text|sms)\\b", Pattern.CASE_INSENSITIVE);

    /** Its words with any channel they name replaced by the one it picked, if it picked one. */
    private String inPickedChannel(String words) {
        String picked = pickedChannels().stream().findFirst().orElse(null);
        if (picked == null) {
            return words;
        }
        // "邮箱" reads "发我邮箱" as well as "邮箱发我"; English "text me" becomes "email me" and back
        String with = lang == Lang.ZH ? picked : picked.equals("text") || picked.equals("sms") ? "text" : "email";
        return CHANNEL.matcher(words).replaceAll(m -> m.group().equalsIgnoreCase(with) ? m.group() : with);
    }

    /** The channels (短信, 微信, 邮箱; email, text) it picked in this call. */
    private java.util.Set<String> pickedChannels() {
        java.util.Set<String> picked = new java.util.LinkedHashSet<>();
        for (String c : answers.chosen) {
            Matcher m = CHANNEL.matcher(c);
            while (m.find()) {
                picked.add(m.group().toLowerCase(java.util.Locale.ROOT).replace("邮件", "邮箱"));
            }
        }
        return picked;
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
                // English on bge-small-zh: "I have Tuesday… Which one suits you?" is 0.8 from "So I have you down for that
                // day and time… Is that right?"; a line is heard in English only with a content word of its own
                if (!heard.contains(index.stepOfLine.get(i)) && toLines[i] >= HEARD && (lang == Lang.ZH
                        || Speech.overlap(index.memo.units(s), index.memo.units(index.stepLines.get(i)))
                        >= Math.max(2, index.memo.units(index.stepLines.get(i)).size() * 2 / 5))) {
                    heard.add(index.stepOfLine.get(i));
                }
            }
        }
    }

    private boolean requiredHeard() {
        return heard.containsAll(index.requiredSteps);
    }

    /** Card prose names the customer's parents as a note does (父亲再摔一次); the customer says 我爸, 我妈. */
    private static final Pattern NOTE_KIN = Pattern.compile("(?<![我你他她的老])(父亲|母亲)");

    private String join(List<String> parts) {
        List<String> ended = parts.stream().map(p -> Speech.endsWithAny(p, "。！？!?.…") ? p : p + (lang == Lang.ZH ? "。" : ".")).toList();
        String out = String.join(lang == Lang.ZH ? "" : " ", ended);
        if (lang == Lang.ZH) {
            out = NOTE_KIN.matcher(out).replaceAll(m -> m.group(1).equals("父亲") ? "我爸" : "我妈");
        }
        if (out.equals(last)) {
            out = (lang == Lang.ZH ? List.of("嗯，", "好，", "行，") : List.of("OK. ", "Right. ", "Sure. ")).get(random.nextInt(3)) + out;
        }
        out = out.replaceAll("(\\b[ap]\\.m)\\.\\.", "$1."); // "I'll take Tuesday at 1:00 p.m.." (a pick ending in its own full stop)
        last = out;
        wording.said(out);
        return out;
    }


    private String end(Intent intent) {
        EndCondition c = index.conditionFor(Role.CALLEE, intent, answers.chosen.isEmpty() ? null : answers.chosen.get(answers.chosen.size() - 1));
        return " [END:" + c.number() + "]";
    }
}
