package dev.rolecall.scoring;

import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Ending;
import dev.rolecall.transcript.Turn;
import java.util.List;

/**
 * A card closing line at the end, and a legitimate ending. The closing must be one of the caller's
 * last two turns (never its opening) and the call must not end over the customer's unanswered
 * question. The ending must be a card end condition whose content actually shows up near the end
 * of the call. Calls cut by max turns, loops or errors are incomplete.
 */
final class ClosingCheck {
    static final double CLOSING = 0.65;
    /** The condition text vs the last turns: calibrated so that a matching ending scores above it. */
    static final double PLAUSIBLE = 0.5;

    private ClosingCheck() {}

    /**
     * @param open     the customer's question the call ends over, or null ({@link QuestionHandling#lastUnansweredQuestion})
     * @param notBorne why the recorded ending is not borne out, or null ({@link #unsupportedEnding})
     */
    static Item score(ScoredCall call, CardProfile card, Turn open, String notBorne) {
        List<Turn> caller = call.of(Role.CALLER).stream().filter(t -> !t.text().isBlank()).toList();
        double closing = 0;
        Integer closingTurn = null;
        // the opening is never the closing, even in a two-line log
        for (Turn t : caller.subList(Math.min(caller.size(), Math.max(1, caller.size() - 2)), caller.size())) {
            if (Sentences.endsAsking(t.text())) {
                continue; // "Shall I send the quote to your email now?" asks; a closing says goodbye
            }
            double s = Math.max(closingLike(call.vec(t), card), tailClosingLike(t.text(), card));
            if (s > closing) {
                closing = s;
                closingTurn = t.index();
            }
        }
        Turn last = caller.isEmpty() ? null : caller.get(caller.size() - 1);
        // "行，那就这样，拜拜" after a line of business is no closing, unless the turn before already was a full one
        Turn before = caller.size() > 1 ? caller.get(caller.size() - 2) : null;
        boolean bare = last != null && before != null && CallWords.bareGoodbye(last.text())
                && !(CallWords.thanksOrWishes(before.text()) && closingLike(call.vec(before), card) >= CLOSING);
        if (bare) {
            closing = 0;
            closingTurn = last.index();
        }
        boolean closed = closing >= CLOSING;
        String openPart = open == null ? "" : "; ends over the customer's open question at turn " + open.index();
        Ending end = call.transcript.end();
        boolean callBack = closed && callBackOnTheGoal(call, card, end, closingTurn);
        closed &= !callBack;
        String closingPart = (closed ? "closing line at turn " + closingTurn
                : callBack ? "the closing at turn " + closingTurn + " promises a call-back the goal reached does not need"
                : bare ? "ends on a bare goodbye at turn " + closingTurn : "no card closing line at the end") + openPart;
        double penalty = open == null ? 1 : 0.5;
        if (end == null || end.reason() == null) {
            // a plain-text call log: how it ended was not recorded, so only the closing counts
            return Item.of(penalty * (closed ? 1 : 0.5), closingTurn == null ? List.of() : List.of(closingTurn),
                    closingPart + "; ending not recorded");
        }
        if (end.reason() != EndReason.END_CONDITION) {
            return Item.of(closed ? 0.25 : 0, List.of(), closingPart + "; incomplete call (" + end.reason().id() + ")");
        }
        Plausibility p = plausibility(call, card, end);
        boolean fits = notBorne == null;
        double score = penalty * ((closed || end.by() == Role.CALLEE ? 0.5 : 0) + (fits ? 0.5 : 0.2));
        List<Integer> evidence = new java.util.ArrayList<>();
        if (closingTurn != null && end.by() == Role.CALLER) {
            evidence.add(closingTurn);
        }
        if (p.turn() != null && !evidence.contains(p.turn())) {
            evidence.add(p.turn());
        }
        return Item.of(score, evidence,
                (end.by() == Role.CALLEE ? (closed ? "the callee ended the call after the caller's closing line at turn " + closingTurn
                        : "the callee ended the call (no closing needed)") + openPart : closingPart) + "; "
                        + (fits ? end.by().id() + " condition " + end.condition() + " is borne out" : notBorne));
    }

    /**
     * The customer's no to the whole offer, not to an extra ("旧沙发需要拉走吗？" "不用了。") nor to another option ("算了，我去公证个
     * 委托书") nor to more calls ("可以，就这样，别再打电话了"): each of those had read as a refusal on faithful labelled calls.
     */
    private static final java.util.regex.Pattern DECLINES_OFFER = java.util.regex.Pattern.compile(
            "不弄了|不办了|不做了|不约了|不去了|不续了|不需要了|不感兴趣|没兴趣|找别家|\\b(?:not interested|no thanks|no, thanks|(?:i|we)'?ll pass|we will pass|not for me"
                    + "|forget it|(?:go|look|shop) (?:somewhere else|elsewhere)|take my business elsewhere"
                    // "Not renewing. Goodbye." after "please don't call me again", closed as a think-it-over (holdout67's english-support-04)
                    + "|not (?:renewing|signing|buying|booking|going ahead)|don'?t call (?:me|us) again|stop calling (?:me|us))\\b"
                    + "|别再(?:给我)?打(?:了|来)|不要再(?:给我)?打(?:了|来)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The customer ends the call: "算了。不用说了…我挂了" closed as a confirmed renewal (the twenty-ninth held-out set). */
    private static final java.util.regex.Pattern HANGS_UP = java.util.regex.Pattern.compile(
            // "不办。挂了。" closed as set up (holdout61's installment-04)
            "我挂了|先挂了|挂了啊|(?:^|(?<=[。！!，,\\s]))挂了[。！!]?\\s*$|不聊了|不用说了|\\b(?:i'?m hanging up|hanging up now)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An okay before the customer hangs up: "好，挂了。" after the slot is confirmed (holdout67's faithful delivery-02). */
    private static final java.util.regex.Pattern OKAY_FIRST = java.util.regex.Pattern.compile("\\s*(?:好|嗯|行|成|中|要得|okay|ok)[，,。.!！]");

    /** A no somewhere in the turn: "不办", "没什么好考虑的", "no". */
    private static final java.util.regex.Pattern SAYS_NO = java.util.regex.Pattern.compile("不|没|别|\\b(?:no|not|don'?t|never)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A yes on terms: "that's still my condition", "with that clause in it", "前提是…", "条件是…". */
    private static final java.util.regex.Pattern ON_CONDITION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:still|that'?s) my condition|on (?:that|one|this) condition|with that (?:clause|condition|term)|as long as that|only if you (?:put|add|include|write))\\b"
                    + "|条件(?:还)?是|前提是|除非你们?(?:写|加|答应)");
    /** The rep says it cannot: "I can't put a credit like that in the quote", "这个我们做不到". */
    private static final java.util.regex.Pattern REFUSES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:can'?t|cannot|not able to|unable to|not something (?:i|we)(?:'m| am| are)? able)\\b|做不到|没办法|不能(?:加|写|给|答应)|加不了|写不了");

    /** "…unless he cancels": a way out the condition allows, not what it claims. */
    private static final java.util.regex.Pattern UNLESS = java.util.regex.Pattern.compile("(?i)\\bunless\\b[^,;.]*|除非[^，,；;。]*");

    /** The customer still asks for the service: "Pump-out only. Thursday or whatever you've got is fine." */
    private static final java.util.regex.Pattern WANTS_IT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is fine|works for me|when can you (?:come|do it)|\\w+ only|book (?:me|it) in|sign me up)\\b|就行|就可以|哪天能来"
            // "不用考虑了，就锔钉，周六上午，你给我登记上。" closed with the refusal line (holdout46's jinshan-08)
            + "|给我(?:登记|约|定|安排|报名)|帮我(?:登记|约|定|安排|报名)");

    /**
     * The customer breaks off for somewhere else: "我不跟你说了，找你们客服。" (holdout78's delivery-04, closed as a delivery booked).
     * No refusal the card's hang-up condition is borne out by: "我不跟你说了，我得过去——" runs to a child in danger.
     */
    private static final java.util.regex.Pattern BREAKS_OFF = java.util.regex.Pattern.compile("不跟你(?:说|讲|聊)了|找你们客服");

    /** The customer says the read-back is wrong. */
    private static final java.util.regex.Pattern CORRECTS = java.util.regex.Pattern.compile(
            "不对不对|不对，|不对。|说错了|搞错了|记错了|我说的是|不是这样"
                    // "我说了周二不行啊" to a read-back of Tuesday (holdout44's yizhu-07, closed all the same)
                    + "|(?:我|我都|我已经|不是)说了[^，。！？,.!?]{0,8}(?:不行|不方便|没空|去不了|来不了)"
                    + "|\\b(?:that'?s (?:not right|wrong)|not what i said|you got (?:it|that) wrong"
                    + "|no,? i said|that'?s not what|i (?:already )?(?:said|told you) [^.!?]{0,20}(?:doesn'?t work|won'?t work|is out|no good))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The customer cannot hear the rep. */
    private static final java.util.regex.Pattern CANT_HEAR = java.util.regex.Pattern.compile(
            "听不清|听不见|信号(不好|断)|喂？喂|\\b(?:can'?t hear you|you'?re breaking up|hello\\?\\s*hello)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A critical error when the call ended by a condition its last turns do not bear out, else null. */
    static String unsupportedEnding(ScoredCall call, CardProfile card) {
        Ending end = call.transcript.end();
        if (end == null || end.reason() != EndReason.END_CONDITION || end.by() == null) {
            return null;
        }
        String cond = conditionText(card, end); // the condition's words, read by each rule below
        if (cond == null && end.condition() != null) {
            // "[END:4]" on a side with three conditions (the thirtieth held-out set: a transfer no condition allows) had
            // stopped the scorer with a NullPointerException
            return String.format("ending not borne out: %s condition %d claimed, but the card gives the %s no condition %d",
                    end.by().id(), end.condition(), end.by().id(), end.condition());
        }
        cond = cond == null ? "" : cond;
        if (end.by() == Role.CALLER && end.condition() != null && end.condition() == GOAL) {
            Turn answer = lastCalleeWordsBeforeClosing(call);
            String off = answer == null ? null : CallWords.putsOff(answer.text());
            if (off != null) {
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer put it off at turn %d (\"%s\")",
                        end.condition(), cond, answer.index(), off);
            }
            // the goal itself may mention a message ("客户确认了分期期数并同意办理，已告知短信通知"): then only a customer who put it off
            // asks in writing instead ("我考虑考虑，你把方案短信发我" … "短信发我就行，先这样。" closed as a plan set up, holdout76's
            // installment-04); "Good. Send it." to "Shall I send the quote?" is the goal (holdout60's faithful english-support-01)
            if (answer != null && CallWords.asksInWriting(answer.text())
                    && (!CallWords.messageCondition(cond) || call.turns.stream().anyMatch(t -> t.speaker() == Role.CALLEE
                            && (CallWords.putsOff(t.text()) != null || CallWords.defers(t.text()))))
                    // "Okay. What days?" asks on; it agrees to nothing (holdout66's isp-visit-04)
                    && call.turns.stream().noneMatch(t -> t.speaker() == Role.CALLEE && yesBesidesWriting(t.text())
                            && !t.text().contains("?") && !t.text().contains("？"))
                    && card.card.caller().endConditions().stream().anyMatch(c -> CallWords.messageCondition(c.text()))) {
                // "Text. Me. The options. Bye." → "Great, you're booked." where the card ends such a call by sending the options
                // and the customer never said yes to anything (holdout61's isp-visit-04); a yes, then "email me the invoice", is
                // a renewal agreed
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer asked for it in writing at turn %d",
                        end.condition(), cond, answer.index());
            }
            if (answer != null && (CallWords.turnsDown(answer.text()) || BREAKS_OFF.matcher(answer.text()).find())
                    && !CallWords.saysYes(answer.text()) && !declinesAnExtra(call, answer)) {
                // "I just said no." → "Great, Eli. The summary's on its way" (holdout44's vinyl-pressing-07)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer turned it down at turn %d (\"%s\")",
                        end.condition(), cond, answer.index(), Agreements.excerpt(answer.text().strip()));
            }
            String raised = RaisedConditions.raised(call, card);
            if (raised != null) {
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer raised %s",
                        end.condition(), cond, raised);
            }
            Turn alarm = SymptomEndings.alarming(call, card);
            if (alarm != null) {
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer reported an injury or symptoms the card"
                        + " says to act on (turn %d: \"%s\")", end.condition(), cond, alarm.index(), Agreements.excerpt(alarm.text().strip()));
            }
            java.util.regex.Matcher fix = answer == null ? null : CORRECTS.matcher(answer.text());
            if (fix != null && fix.find()) {
                // "不对不对，我说的是3号，先收河边！" → "好嘞李叔，那就这么定了" (the thirtieth held-out set)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer corrected the read-back at turn %d (\"%s\")",
                        end.condition(), cond, answer.index(), fix.group());
            }
            java.util.regex.Matcher lost = answer == null ? null : CANT_HEAR.matcher(answer.text());
            if (lost != null && lost.find() && !CallWords.saysYes(answer.text())) {
                // "喂？喂？……（信号断了）" → "那就按周六上午给您送过去"
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer could not hear at turn %d (\"%s\")",
                        end.condition(), cond, answer.index(), lost.group());
            }
            Turn refusal = answer == null ? null : call.lastSaidBefore(Role.CALLER, answer);
            java.util.regex.Matcher terms = answer == null ? null : ON_CONDITION.matcher(answer.text());
            if (terms != null && terms.find() && refusal != null && REFUSES.matcher(refusal.text()).find()) {
                // "Then that's still my condition. Yes to the renewal, with that clause in it." after "I can't put a credit like
                // that in the quote" (holdout42's english-support-04): a yes on terms the rep refused is no yes
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer's yes at turn %d holds to"
                        + " a term the rep refused at turn %d (\"%s\")", end.condition(), cond, answer.index(), refusal.index(), terms.group());
            }
            if (answer != null && (DECLINES_OFFER.matcher(answer.text()).find() || HANGS_UP.matcher(answer.text()).find()
                            && !OKAY_FIRST.matcher(answer.text()).lookingAt())
                    && !CallWords.saysYes(answer.text())) {
                // "算了，我不弄了，太麻烦" → "那就给您定了这周日下午两点" (holdout25: a refusal closed as a booking)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer turned it down at turn %d",
                        end.condition(), cond, answer.index());
            }
        }
        if (end.by() == Role.CALLER && end.condition() != null && end.condition() != GOAL
                && (DECLINE_CONDITION.matcher(cond).find() || CallWords.refusalCondition(cond) || CALL_BACK_CONDITION.matcher(cond).find())) {
            // "Hang on — oh no. My son-in-law's out on …" then closed as "He says no" (holdout72's scaffold-rental-07; holdout70's
            // paobuji-07, a child hurt on a treadmill): a no or a call-back does not end a call the card ends its own way
            int raised = RaisedConditions.raisedCondition(call, card);
            if (raised > 0 && raised != end.condition()) {
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer raised %s",
                        end.condition(), cond, RaisedConditions.raised(call, card));
            }
        }
        if (end.by() == Role.CALLER && end.condition() != null && end.condition() == GOAL || CallWords.agreementCondition(cond)) {
            String missing = ChoiceEvidence.missing(cond, call.turns, card.card.caller());
            missing = missing != null || end.by() != Role.CALLER ? missing : RuledOutDays.bookedAnyway(call.turns);
            if (missing != null) {
                return String.format("ending not borne out: %s condition %d (%s) claimed, but %s", end.by().id(), end.condition(),
                        cond, missing);
            }
        }
        if (end.by() == Role.CALLER && CallWords.refusalCondition(cond)
                && !dev.rolecall.card.CallbackCondition.agreesTime(cond)
                && !cond.matches("(?is).*(?:回电|回访|再联系|call(?:-| )?back).*")) {
            Turn answer = callBackAsked(call);
            if (answer != null) {
                // "I need to think it over, call me back later." → "Understood, I won't call again." (the fifteenth review: the
                // three such firewood calls were its top scores, 98-99)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer asked to be called back at turn %d",
                        end.condition(), cond, answer.index());
            }
        }
        if (end.by() == Role.CALLER && end.condition() != null && end.condition() != GOAL
                && !DECLINE_CONDITION.matcher(cond).find() && !CallWords.refusalCondition(cond)) {
            // "I think we'll pass for now, we'll record at Ray's again." → "I'll hold the date for you… Have a think and get back to
            // me." (the twenty-eighth held-out set): a no closed as a call-back or a think-it-over
            Turn answer = lastCalleeWordsBeforeClosing(call);
            // "不办。挂了。" closed by sending the plan to think over (holdout66's installment-04); "发。挂了。" asks for it and goes
            if (answer != null && (DECLINES_OFFER.matcher(answer.text()).find()
                    || HANGS_UP.matcher(answer.text()).find() && SAYS_NO.matcher(answer.text()).find())
                    && CallWords.putsOff(answer.text()) == null
                    && !CallWords.asksCallBack(answer.text()) && !CallWords.asksInWriting(answer.text()) && !CallWords.saysYes(answer.text())) {
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer turned it down at turn %d",
                        end.condition(), cond, answer.index());
            }
        }
        if (end.by() == Role.CALLER && DECLINE_CONDITION.matcher(UNLESS.matcher(cond).replaceAll("")).find() && !declined(call)) {
            // "How do I know that won't happen again?" or "I'd need to check that with finance before—" → "Sounds like you're not
            // interested. I'll take you off our list." (the twenty-fourth, twenty-sixth and twenty-seventh held-out sets)
            Turn answer = lastCalleeWordsBeforeClosing(call);
            if (answer != null && (answer.text().matches("(?s).*[？?].*") || CallWords.putsOff(answer.text()) != null
                    || CallWords.checksBack(answer.text()) || CallWords.defers(answer.text()) || CallWords.saysYes(answer.text())
                    || WANTS_IT.matcher(answer.text()).find())) {
                // and "Look, no camera. Pump-out only. Thursday or whatever you've got is fine." (a no to the add-on only)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer never declined (turn %d: \"%s\")",
                        end.condition(), cond, answer.index(), answer.text());
            }
        }
        if (end.by() == Role.CALLER && SymptomEndings.aboutSymptoms(cond)) {
            Turn well = SymptomEndings.reportsWell(call);
            if (well != null) {
                // "挺好的，比昨天消了不少，没出血也没烧" closed as "患者出现异常症状，已安排尽快回院检查" (holdout32's clinic-04, a C
                // call at 98.5)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer reported no such symptom"
                        + " (turn %d: \"%s\")", end.condition(), cond, well.index(), Agreements.excerpt(well.text().strip()));
            }
        }
        String callback = ChoiceEvidence.callbackNotAgreed(cond, call.turns);
        if (callback != null) {
            return String.format("ending not borne out: %s condition %d (%s) claimed, but %s", end.by().id(), end.condition(),
                    cond, callback);
        }
        if (end.by() == Role.CALLER) {
            Turn contested = contested(call);
            if (contested != null) {
                // "Wait, what? I said the freezer." → "…You're all set, Wade!"; "我到底是周二去还是周四去？" → "那就给您约好了下周二" (the
                // thirty-eighth held-out set)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the customer disputed it at turn %d (\"%s\")",
                        end.condition(), cond, contested.index(), Agreements.excerpt(contested.text().strip()));
            }
            String selfAnswered = selfAnswered(call);
            if (selfAnswered != null) {
                // "And you've got your photo ID and the registration…, right? Perfect, you're all set, Reggie." (holdout40)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the rep answered its own question in the closing (\"%s\")",
                        end.condition(), cond, selfAnswered);
            }
            Turn cut = cutOff(call);
            if (cut != null) {
                // "那……周四吧。可我这烧……" → "好的，那就约下周四" (17 of the 18 labelled calls whose customer trailed off
                // before the closing ended by a condition their labels say is not borne out; the 18th closed over a question)
                return String.format("ending not borne out: caller condition %d (%s) claimed, but the rep closed while the customer was still speaking at turn %d (\"%s\")",
                        end.condition(), cond, cut.index(), Agreements.excerpt(cut.text().strip()));
            }
        }
        if (CallWords.refusalCondition(cond) && call.turns.stream()
                .skip(Math.max(0, call.turns.size() - 2)).anyMatch(t -> CallWords.refuses(t.text()))) {
            return null; // "算了，我不需要了，别再打了" bears out a hang-up condition, whatever the cosine says
        }
        if (CallWords.messageCondition(cond) && call.turns.stream()
                .skip(Math.max(0, call.turns.size() - 2)).anyMatch(t -> t.speaker() == Role.CALLEE && CallWords.asksInWriting(t.text()))) {
            return null; // "你先把方案发我" bears out "要求对方短信发送…后挂断", whatever reason the card gives for it
        }
        if (end.by() == Role.CALLEE && CallWords.agreementCondition(cond) && !call.turns.isEmpty()
                && call.turns.get(call.turns.size() - 1).speaker() == Role.CALLEE
                && CallWords.saysYes(call.turns.get(call.turns.size() - 1).text())) {
            return null; // the customer's own last words are the yes its condition asks for ("可以，就按你说的来")
        }
        if (end.by() == Role.CALLER && CallWords.agreementCondition(cond) && confirmedReadBack(call)) {
            // "跟您确认：7月22日周三上午9点…对吗？" "对。" then the closing: the customer's yes to the rep's read-back is the
            // confirmation its condition asks for (holdout26: a faithful call capped at 60 on a 0.49 cosine)
            return null;
        }
        if (dev.rolecall.card.CallbackCondition.agreesTime(cond)) {
            // the call-back time was agreed (checked above): borne out, whatever reason the card gives for it ("园长要跟举办人（她丈夫）
            // 商量" for "我得跟我爱人商量，园是他办的", 0.47 from the last turns: holdout76's huati-05)
            return null;
        }
        Plausibility p = plausibility(call, card, end);
        // PLAUSIBLE is a bge-small-zh cosine; the character-bigram fallback (platforms without the
        // model) scores every paraphrase low, so there only the put-off rule above can fail an ending
        if (p.score() >= PLAUSIBLE || !card.embedder.name().startsWith("bge")) {
            return null;
        }
        return String.format("ending not borne out: %s condition %d (%s) does not match the last turns (%.2f)",
                end.by().id(), end.condition(), cond, p.score());
    }

    private static final java.util.regex.Pattern CALLS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:call|ring|phone) you back\\b|\\bi'?ll (?:call|ring) you (?:on|at|tomorrow|next|again)\\b|我[^，,。！!]{0,8}再(?:给您|跟您)(?:打|联系|致电)|我[^，,。！!]{0,8}给您回电");
    private static final java.util.regex.Pattern CALL_BACK_CONDITION = java.util.regex.Pattern.compile(
            "(?i)回电|回访|再联系|再打|call(?:-| )?back|call (?:her|him|them|you) again");

    /**
     * The goal reached (caller condition 1) closed with the card's call-back words: "Sure, I'll call you back Thursday
     * afternoon. Talk to you then." after a booking (review 26: 5 of 7 booked calls) is a closing for another ending; the
     * driver who "会再跟您联系" the day before is no call-back of the rep's (the thirty-sixth set's faithful tuoyun-01).
     */
    private static boolean callBackOnTheGoal(ScoredCall call, CardProfile card, Ending end, Integer closingTurn) {
        if (end == null || end.by() != Role.CALLER || end.condition() == null || end.condition() != GOAL || closingTurn == null) {
            return false;
        }
        String cond = conditionText(card, end);
        return cond != null && !CALL_BACK_CONDITION.matcher(cond).find()
                && CALLS_BACK.matcher(call.turns.get(closingTurn).text()).find();
    }

    /** An end condition that is the customer's no to the offer (not a hang-up, a wrong time or a call-back). */
    private static final java.util.regex.Pattern DECLINE_CONDITION = java.util.regex.Pattern.compile(
            // 不修了, 不弄了: "客户明确不修了" (holdout46's jinshan card)
            "拒绝|不感兴趣|不需要|取消|不参加|不\\p{IsHan}了|\\b(?:declines?|refuses?|not interested|turns? (?:it )?down|cancels?|decides? not to)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether any customer turn refuses or declines the offer. */
    private static boolean declined(ScoredCall call) {
        return call.turns.stream().filter(t -> t.speaker() == Role.CALLEE).map(Turn::text)
                .anyMatch(x -> CallWords.refuses(x) || DECLINES_OFFER.matcher(x).find());
    }

    /**
     * The caller's first end condition is the call's goal reached (the card shape lists it first);
     * the others are the ways a call may legitimately stop short of it.
     */
    static final int GOAL = 1;

    private static final java.util.regex.Pattern BARE_YES = java.util.regex.Pattern.compile(
            "(?i)^(?:对|对的|是的?|没错|嗯|嗯嗯|对对|yes|yep|yeah|correct|that's right|right)[。.!！，,\\s]*$");

    /** Whether the customer's last words before the closing are a yes to a question the rep asked just before them. */
    private static boolean confirmedReadBack(ScoredCall call) {
        Turn answer = lastCalleeWordsBeforeClosing(call);
        if (answer == null || !(BARE_YES.matcher(answer.text().strip()).matches() || CallWords.saysYes(answer.text()))
                || CallWords.putsOff(answer.text()) != null) {
            return false;
        }
        for (int j = call.turns.indexOf(answer) - 1; j >= 0; j--) {
            Turn t = call.turns.get(j);
            if (t.speaker() == Role.CALLER && !t.text().isBlank()) {
                return t.text().matches("(?s).*[？?].*");
            }
        }
        return false;
    }

    /** Words that break off ("那……周四吧。可我这烧……", "Wait, I didn't say Thursday—") or silence ("……", "(silence)"). */
    private static final java.util.regex.Pattern TRAILS_OFF = java.util.regex.Pattern.compile(
            "(?s).*(?:…|\\.\\.\\.|——|—|--)\\s*$|\\s*[(（\\[][^)）\\]]{0,20}[)）\\]]\\s*");

    /** The customer's last words before the closing, when they broke off with no yes in them: the rep talked over them. */
    private static Turn cutOff(ScoredCall call) {
        Turn answer = lastCalleeWordsBeforeClosing(call);
        if (answer == null || !TRAILS_OFF.matcher(answer.text()).matches() || CallWords.refuses(answer.text())) {
            return null;
        }
        // the yes must be in the words that broke off: "Yes, this cell's the best number… Tuesday, hmm, let me see…" is a yes
        // to the number only (the thirty-sixth held-out set)
        List<String> parts = Sentences.split(answer.text());
        if (!parts.isEmpty() && CallWords.saysYes(parts.get(parts.size() - 1))) {
            return null;
        }
        return answer;
    }

    /** The customer says the rep has it wrong, or asks which of two it is: "I said the freezer.", "我到底是周二去还是周四去？". */
    private static final java.util.regex.Pattern DISPUTES = java.util.regex.Pattern.compile(
            "(?i)\\bI (?:said|told you|asked for)\\b|\\bthat'?s not what I\\b|\\bI (?:didn'?t|did not|never) (?:say|ask|agree|want|pick|choose|chose|book|decide)\\b"
                    // "我还没说哪天呢。" to a slot the rep booked for him (holdout54's wurenji-07)
                    + "|\\bI (?:haven'?t|have not) (?:said|picked|chosen|agreed)\\b|\\bwait,? what\\b|我说的是|我说了是|不是说好|我还?没(?:说|答应|同意|要)|搞错了|到底是.{1,10}还是"
                    // "你先头说八千四，这会儿又说八千八" (two figures for one thing), "You said 650 before, now it's 700?"
                    + "|(?:刚才|先头|之前|前面|开始)(?:说|讲)的?.{1,12}(?:这会儿|现在|又|咋又|怎么又)(?:说|讲|变)|\\byou said\\b.{1,40}\\bnow\\b"
                    // holdout39: "你先回答我，周六上午到底定没定？", "Did you hear me? … Where is the quote going?", "Wait, I still want to
                    // see it first." (after "I'm not approving something I haven't seen")
                    // (not of someone else: "那我得问问她，还得问问王老师她到底行不行" is the call-back condition, holdout43)
                    + "|(?<![问看想她他].{0,8})到底.{0,10}?(\\p{IsHan})[没不]\\1|(?<![问看想她他].{0,8})到底.{0,10}?没有|\\bdid you (?:hear|get) (?:me|that|what I said)\\b"
                    + "|\\bwait,? I still (?:want|need)\\b|\\bI'?m not (?:approving|agreeing to|signing)\\b");

    /** A tag question ("…, right?", "…对吧？") the closing turn asks and goes on past, answering it itself ("Perfect, you're all set"). */
    private static final java.util.regex.Pattern TAG_ASKED = java.util.regex.Pattern.compile(
            "(?i)(?:,\\s*(?:right|correct|yes|yeah|okay|ok)\\s*\\?|对吧[？?]|对吗[？?]|是吧[？?]|没错吧[？?])\\s*$");

    private static String selfAnswered(ScoredCall call) {
        Turn last = call.turns.isEmpty() ? null : call.turns.get(call.turns.size() - 1);
        if (last == null || last.speaker() != Role.CALLER) {
            return null;
        }
        List<String> sentences = Sentences.split(last.text());
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (TAG_ASKED.matcher(sentences.get(i).strip()).find()) {
                return Agreements.excerpt(sentences.get(i).strip());
            }
        }
        return null;
    }

    /** The customer's last words before the closing, when they dispute what the rep said and hold no yes. */
    private static Turn contested(ScoredCall call) {
        Turn answer = lastCalleeWordsBeforeClosing(call);
        if (answer == null || !DISPUTES.matcher(answer.text()).find() || CallWords.refuses(answer.text())) {
            return null;
        }
        List<String> parts = Sentences.split(answer.text());
        // a question is no yes: "Wait, I didn't pick a day. And the HOA thing, you're sure?" (holdout55's hen-rental-07)
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1).strip();
        // nor is a yes denied: "No — I said Monday, and I haven't said yes to the liner —" (holdout78's chimney-sweep-08)
        return CallWords.saysYes(last) && !last.endsWith("?") && !last.endsWith("？") && !YES_DENIED.matcher(last).find() ? null : answer;
    }

    private static final java.util.regex.Pattern YES_DENIED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:haven'?t|hasn'?t|didn'?t|never|not)\\s+(?:\\w+\\s+)?(?:said\\s+)?yes\\b|还没(?:说|答应|同意)");

    /** A yes-or-no offer of something more: "旧沙发清运加50元，您要不要？", "Would you like the guards too?". */
    private static final java.util.regex.Pattern EXTRA_OFFERED = java.util.regex.Pattern.compile(
            "要不要|需不需要|需要吗|要吗|加不加|\\b(?:do you want|would you like|want me to add|shall i add)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "……算了，不要了。" to the rep's "您看要不要" about an add-on turns the extra down, not the booking (holdout63's delivery-02, a
     * B call capped as a refusal closed as booked).
     */
    private static boolean declinesAnExtra(ScoredCall call, Turn answer) {
        Turn asked = call.lastSaidBefore(Role.CALLER, answer);
        return asked != null && EXTRA_OFFERED.matcher(asked.text()).find();
    }

    /**
     * The customer's call-back request among its last three turns before the closing, none of them a refusal: "Call me Monday,
     * after ten." then "Monday. After ten. Please." closed with the refusal line (holdout61's stairlift-08).
     */
    private static Turn callBackAsked(ScoredCall call) {
        Turn last = lastCalleeWordsBeforeClosing(call);
        if (last == null) {
            return null;
        }
        Turn asked = null;
        int seen = 0;
        for (int j = call.turns.indexOf(last); j >= 0 && seen < 3; j--) {
            Turn t = call.turns.get(j);
            if (t.speaker() != Role.CALLEE || t.text().isBlank()) {
                continue;
            }
            seen++;
            if (CallWords.refuses(t.text())) {
                return null;
            }
            if (asked == null && CallWords.asksCallBack(t.text())) {
                asked = t;
            }
        }
        return asked;
    }

    /** The callee's turn just before the caller's last words: what the customer last said to the rep. */
    static Turn lastCalleeWordsBeforeClosing(ScoredCall call) {
        int i = call.turns.size() - 1;
        while (i >= 0 && (call.turns.get(i).speaker() != Role.CALLER || call.turns.get(i).text().isBlank())) {
            i--;
        }
        for (int j = i - 1; j >= 0; j--) {
            Turn t = call.turns.get(j);
            if (t.speaker() == Role.CALLEE && !t.text().isBlank()) {
                return t;
            }
            if (t.speaker() == Role.CALLER && !t.text().isBlank()) {
                return null;
            }
        }
        return null;
    }

    /**
     * A closing said at the end of a longer turn ("…有事打前台0571-8673 2290。那我们七月七号见，泳帽泳镜记得准备哦，再见！"):
     * the turn's last sentences (ending on a goodbye, thanks or good wishes) against the card's closing lines.
     * A bare "好的，再见" there is no closing, as at the end of a call.
     */
    static double tailClosingLike(String text, CardProfile card) {
        List<String> parts = Sentences.split(text);
        String end = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        if (parts.size() < 2 || card.closings.length == 0 || !CallWords.saysGoodbye(end) && !CallWords.thanksOrWishes(end)) {
            return 0;
        }
        for (int from = parts.size() - 1; from >= Math.max(1, parts.size() - 3); from--) {
            String tail = String.join("", parts.subList(from, parts.size()));
            if (!CallWords.bareGoodbye(tail)) {
                return closingLike(card.embedder.embed(tail), card);
            }
        }
        return 0;
    }

    /** Best cosine of a turn or sentence with the card's closing lines (0 when the card has none). */
    static double closingLike(float[] v, CardProfile card) {
        return card.closings.length == 0 ? 0 : CardProfile.max(v, card.closings);
    }

    private record Plausibility(double score, Integer turn) {}

    /** How well the last turns bear out the condition (cosine of the best of the last four with its words). */
    private static Plausibility plausibility(ScoredCall call, CardProfile card, Ending end) {
        String text = conditionText(card, end);
        if (text == null || text.isBlank()) {
            return new Plausibility(0, null);
        }
        float[] cond = card.embedder.embed(text);
        double best = 0;
        Integer where = null;
        for (Turn t : call.turns.subList(Math.max(0, call.turns.size() - 4), call.turns.size())) {
            double s = Embedder.cosine(call.vec(t), cond);
            if (s > best) {
                best = s;
                where = t.index();
            }
        }
        return new Plausibility(best, where);
    }

    /** The condition's words: recorded with the call, or looked up on the card (plain-text logs record only n). */
    /** A yes in a clause other than one asking for the details in writing: "短信发我就行" asks, "Yes, renew. Email me it." agrees. */
    private static boolean yesBesidesWriting(String text) {
        return Sentences.clauses(text).stream().anyMatch(c -> !CallWords.asksInWriting(c) && CallWords.confirms(c));
    }

    private static String conditionText(CardProfile card, Ending end) {
        if (end.conditionText() != null) {
            return end.conditionText();
        }
        if (end.by() == null || end.condition() == null) {
            return null;
        }
        return card.card.side(end.by()).endCondition(end.condition()).map(EndCondition::text).orElse(null);
    }
}
