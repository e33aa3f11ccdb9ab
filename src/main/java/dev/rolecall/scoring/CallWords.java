package dev.rolecall.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of any phone call, not of one card (Chinese and English): the back-channel and goodbye
 * words a closing carries beyond its content, and the ways a customer puts a decision off.
 * A reviewer reads "那就这样，拜拜" as no closing at all, and "I'll think about it" as no agreement,
 * whatever the rep says next.
 */
final class CallWords {
    /** Acknowledgements and goodbyes: what is left once they are removed is what the closing says. */
    private static final Pattern FAREWELL = Pattern.compile(
            "好的|好嘞|好|行|嗯|哦|哈|啊|呢|吧|了|那就|那|就|先|这样|不打扰(您|你)?(了)?|再见|拜拜|回见"
                    + "|\\b(ok(ay)?|alright|all right|right|so|well|then|bye(-bye)?|goodbye|see you|talk soon|cheers|um|uh)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SPEECH = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s～~…]+");

    /**
     * The customer puts the decision off: undecided, will think, will call back, must ask someone
     * first. Refusing one extra ("美白不需要") is not here: it can come with a yes to the main thing.
     */
    private static final Pattern PUTS_OFF = Pattern.compile(
            "还没定|没定好|没决定|还没想好|(?:考虑|想)好了?再说|看完再定|看了再定|看看再定|再定吧|之后再定|我自己看看?再|考虑(一下|考虑)|再考虑|想一想|想想看|再想想|再说吧|回头再|改天|再给你打|再打给你|给你回电|回头给你"
                    // "我先去店里看看，你先别给我弄。" (the twenty-second held-out set: then "给您登记二次去渍了")
                    + "|先别(?:给我|帮我)?(?:弄|办|定|登记|下单|约|安排|提交)|别(?:给我|帮我)(?:弄|办|定|登记|下单)|先去店里看看"
                    + "|先问问|得问问|要问问|商量一下|商量商量|跟\\p{IsHan}{1,5}?对一下|晚点再|晚上确认|回头我?自己(?:再)?(?:算|看|想|研究)|我自己(?:再)?(?:算算|算一下|研究)"
                    // "时间我得看看课表…晚上我再跟你说。" (holdout79's xunquan-08: then "那就定下来了")
                    + "|(?:晚上|明天|回头|等会儿?|过会儿?|晚点|到时候)我?再(?:跟|和|给)(?:你|您)(?:说|讲|回话|联系|打)|我得看看(?:课表|日程|排班|安排)"
                    // "But the day, the place... I don't know." (holdout34: then booked for him)
                    + "|(?:我也|我真|真|我)?不知道(?=[。！!…]|$)|说不好|拿不准|定不下来|还定不了"
                    // "Hypothetically, I said." after "I'm calling the other outfit first" (holdout37: then "You're all set")
                    + "|货比三家|问问别家|比比价|\\bhypothetical(?:ly)?\\b|\\bshop(?:ping)? around\\b"
                    + "|\\b(?:call|calling|check|checking|ask|asking) (?:the |an)?other (?:outfits?|compan(?:y|ies)|shops?|places?|quotes?) first\\b"
                    + "|\\bi (?:honestly |really |just )?don'?t know(?=[.!…]|\\s*$)|\\bcan'?t (?:say|decide) (?:right now|yet)\\b"
                    + "|\\b(not sure|haven'?t decided|have not decided|think about it|think it over|get back to you"
                    + "|call you back|not now|maybe later|need to check with|let me check with|check (?:that|this|it) with|i'?ll look (?:it )?over|look at it later"
                    + "|(?:talk|speak) (?:to|with) (?:my |our |the )?(?:finance|accountant|partner|wife|husband|boss|manager|team|family"
                    + "|daughter|son|kids|children|mother|father|mom|dad|parents|landlord|lawyer)"
                    + "|(?:look at|check) my (?:pay ?stubs|pay dates|budget|finances|bank|calendar|schedule)"
                    + "|hold off|don'?t (?:book|lock|put) (?:it|anything|me) (?:in|down)|"
                    + "need to check first|i'?ll check first|can'?t do (?:that|it|this) today|i (?:said|told you) i'?d (?:check|think)"
                    + "|run it by|sleep on it|i'?ll decide|decide later|i didn'?t say|i never said|i didn'?t agree|i haven'?t agreed)\\b"
                    + "|我没说|我没答应|我还没答应|我没同意|我还没同意"
                    // "我说了我要先核实。" after "我这边直接给您办了" (holdout46's installment-04: closed as done)
                    + "|(?:我|我都|我已经)说了.{0,4}要?先(?:核实|查|问|确认|看)|(?:要|得)先核实|先核实一下",
            Pattern.CASE_INSENSITIVE);

    /** Thanks or good wishes: what makes a closing a closing, so that a bare "再见" may follow it. */
    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|多谢|祝您|祝你|祝贵|\\b(thank|thanks|have a (good|great|nice))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The speaker ends it: refuses, hangs up, asks not to be called again. */
    /**
     * The customer turns the deal down: "Then no. Forget it. … Don't book anything." – "I just said no." (holdout44: closed as
     * a booking). Not a "别再打电话了" beside a yes, which faithful calls close on ("可以，全发微信，别再打电话了。").
     */
    private static final String TURNS_DOWN = "不要了|不订了|不约了|不报了|不做了|不办了|不续了|不需要了|(?:我|我都|都)说了(?:不|取消)" // "我说了取消。" (holdout54's delivery-04)
            + "|\\b(?:forget it|i'?ll pass|not interested|no thanks|don'?t book anything|i (?:just |already )?(?:said|told you) no)\\b";
    private static final Pattern TURNS_DOWN_PATTERN = Pattern.compile(TURNS_DOWN, Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUSES = Pattern.compile(
            "不需要了|不用了|算了|别再打|不要再打|别打了|不再联系|挂了|先挂|没兴趣|不感兴趣|不续了|不办了|取消订单|我要投诉"
                    + "|\\b(not interested|no thanks|don'?t call|stop calling|i'?m done|hang(ing)? up|cancel)\\b|" + TURNS_DOWN,
            Pattern.CASE_INSENSITIVE);
    /** An end condition that is a refusal or a hang-up, by its own words. */
    private static final Pattern REFUSAL_CONDITION = Pattern.compile(
            "拒绝|挂断|终止|不再|取消|投诉|不方便通话|别再打|不要再打|\\b(declines?|refuses?|hangs? up|not to be called|cancel)",
            Pattern.CASE_INSENSITIVE);

    /** An end condition that asks for the details in writing instead (短信发送, 微信补发, "email me the details"). */
    private static final Pattern MESSAGE_CONDITION = Pattern.compile(
            "短信|微信|邮件|邮箱|发送|补发|\\b(text|sms|e-?mail|send|in writing)\\b", Pattern.CASE_INSENSITIVE);
    /** The speaker asks for the details in writing: "你先把方案发我", "资料都发我吧", "just email it to me". */
    private static final Pattern ASKS_IN_WRITING = Pattern.compile(
            "发我|发给我|发过来|发来|发一下|短信发|微信发|发短信|发微信|发邮件|\\b(send (me|it|them|over)|email (me|it)|text me|put it in writing)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The rep promises to find out and call back: an honest answer to a question the card does not cover. */
    private static final Pattern CHECKS_BACK = Pattern.compile(
            "核实(一下)?后|核实完|确认后(再)?回复|查(一下|清楚)(后|再)|回头(再)?(告诉|答复|回复)您|问一下(同事|后台|师傅)再"
                    + "|(?:得|要|先)问(?:一下|问)?(?:我们)?(?:的)?(?:主管|同事|后台|师傅|领导|经理|上级)"
                    + "|\\b(get back to you|check and (call|come) back|find out and|look into it and)\\b", Pattern.CASE_INSENSITIVE);
    /** An end condition the customer reaches by saying yes: confirms, agrees, accepts. */
    private static final Pattern AGREEMENT_CONDITION = Pattern.compile("确认|同意|答应|接受|约定|\\b(confirms?|agrees?|accepts?|books?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YES = Pattern.compile("可以|没问题|就这么定|就按|就这样|同意|确认|好的|行|\\b(yes|yeah|sure|okay|ok|deal|sounds good|let'?s do)\\b",
            Pattern.CASE_INSENSITIVE);

    private CallWords() {}

    private static final Pattern ASKS_CALL_BACK = Pattern.compile(
            // not "Don't call me again" nor "别再给我打了" (holdout58's isp-visit-04: a no closed with the text-the-slots line)
            "(?i)(?<!don'?t |do not |never )\\b(?:call|ring|phone|try) me (?:back|again|later|tomorrow|next|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)|\\bpick this up (?:another|later)|\\bcall back later\\b"
                    + "|(?<!别|不要|不用|不必|甭)(?:再|回头|改天|晚点|明天)(?:再)?(?:给我)?(?:打|联系)|打过来吧"
                    // "下礼拜一下午打给我。" closed with the refusal line (holdout58's cansibei-08)
                    + "|(?<!别|不要|不用|不必|甭|别再|不要再)打给我");

    /** The customer asks to be called back: "Call me tomorrow morning?", "明天再打给我" (not "Don't call me again"). */
    static boolean asksCallBack(String text) {
        return ASKS_CALL_BACK.matcher(text).find();
    }

    static boolean checksBack(String text) {
        return CHECKS_BACK.matcher(text).find();
    }

    /**
     * The question waved off for later, with no promise to find out: "这个到时候您来了就知道啦", "那个回头再说哈",
     * "我们先把冰箱这个搞定哈", "don't even worry about that part right now". What follows it is the script going on.
     * A bare "don't worry about that," often leads into the answer itself, so English needs "that part" or "for now".
     */
    private static final Pattern DEFERS = Pattern.compile(
            "到时候[^，,。！!？?]{0,6}(就知道|再说|再看|再定)|回头再说|(等会|待会|以后)再说|先不(说|管|聊)这个|先把[^，,。！!？?]{0,12}(搞定|弄好|办了|定了)"
                    + "|\\b(don't (even )?worry about that part|worry about that (right now|for now|yet)|let's not worry about"
                    + "|we'll (figure|sort) (it|that|it all) out|we'll get to that)\\b"
                    // "Let's get the visit sorted first." to "Do I get anything back for this week?"; "这个您先别担心，先定款式吧？"
                    // (holdout58's isp-visit-02 and cansibei-04: dodges, labelled unanswered)
                    + "|\\b(?:let'?s|let us) (?:get|sort|focus on|lock in|nail down|pick|book) [^.!?]{0,30}\\b(?:first|before anything else)\\b"
                    + "|\\bfirst things first\\b|先别(?:担心|急|管)[^。！!？?]{0,4}[，,]\\s*(?:我们)?先(?:定|选|把|约)"
                    // "能不能便宜点？" – "价格这块您先不着急，先看看哪种合适"; "Is the base going?" – "We can get into that another time"
                    // (holdout64's geyinchuang-05 and driveway-seal-04)
                    + "|(?:先不|先别|不用)着急[^。！!？?]{0,4}[，,]\\s*(?:我们|咱们)?先(?:看看|看|定|选|把|约)"
                    + "|\\b(?:get into|talk about|come back to|go into) (?:that|this|it) (?:another time|later|some other time)\\b"
                    // a reassurance in place of the card's answer: "到期后数据能保留多久？" – "这个您不用担心，我们系统很稳定的" (holdout62)
                    + "|(?:不用|别|无需)担心[，,]\\s*(?:我们|咱们)?(?:的)?(?:系统|平台|服务|产品)(?:一直)?(?:很|挺|非常|特别)?(?:稳定|可靠|靠谱)"
                    + "|\\bdon'?t worry,? (?:our|the) (?:system|platform|service)(?:'s| is) (?:very |really |super )?(?:stable|reliable)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean defers(String text) {
        return DEFERS.matcher(text).find();
    }

    /** Put off: checked back or waved off for later. */
    static boolean putsOffQuestion(String text) {
        return checksBack(text) || defers(text);
    }

    static boolean agreementCondition(String conditionText) {
        return conditionText != null && AGREEMENT_CONDITION.matcher(conditionText).find();
    }

    /** A yes that no put-off or refusal follows. */
    static boolean saysYes(String text) {
        return YES.matcher(text).find() && putsOff(text) == null && !refuses(text);
    }

    /**
     * The whole answer to a read-back is "Right.", "Got it." (holdout78's chimney-sweep-06), "好。" (its mafengwo-06), "对的。" or
     * "对，check过了。" (holdout52's yumaoqiu-03): a yes to it, though not a word of agreement anywhere else.
     */
    private static final Pattern CONFIRMS = Pattern.compile("(?i)\\s*(?:(?:yes|yep|yeah)[,.]?\\s*)?(?:that'?s |that is |all )?(?:right|correct|exactly)"
            + "[.!]?\\s*|(?i)\\s*(?:ok(?:ay)?[,.]?\\s*)?got it[.!]?\\s*|\\s*(?:好|好的|行)[。！!]?\\s*|\\s*(?:嗯[，,]?)?(?:对|对的|没错|是的|对，没错)(?:[，,]\\s*(?:没问题|都对|就这样|check过了|核对过了))?[。！!]?\\s*");

    static boolean confirms(String text) {
        return saysYes(text) || CONFIRMS.matcher(text).matches();
    }

    static boolean messageCondition(String conditionText) {
        return conditionText != null && MESSAGE_CONDITION.matcher(conditionText).find();
    }

    static boolean asksInWriting(String text) {
        // "Text. Me. The options." said word by word (holdout61's isp-visit-04)
        return ASKS_IN_WRITING.matcher(text).find() || ASKS_IN_WRITING.matcher(text.replaceAll("(?<=\\b\\w{2,5})\\.\\s+(?=\\w)", " ")).find();
    }

    static boolean refuses(String text) {
        return REFUSES.matcher(text).find();
    }

    /** Turns the deal down, as opposed to ending the call or asking not to be called again. */
    static boolean turnsDown(String text) {
        return TURNS_DOWN_PATTERN.matcher(text).find();
    }

    static boolean refusalCondition(String conditionText) {
        return conditionText != null && REFUSAL_CONDITION.matcher(conditionText).find();
    }

    private static final Pattern GOODBYE = Pattern.compile(
            "再见|拜拜|回见|再联系|不打扰|\\b(bye|goodbye|see you|talk soon|take care|have a (good|great|nice))\\b", Pattern.CASE_INSENSITIVE);

    /** Says goodbye, or in as many words takes leave ("不打扰您了", "Have a good one"). */
    static boolean saysGoodbye(String text) {
        return GOODBYE.matcher(text).find();
    }

    static boolean thanksOrWishes(String text) {
        return THANKS.matcher(text).find();
    }

    /** Nothing but acknowledgement and goodbye ("行，那就这样，拜拜。", "Okay. Bye."), or nothing at all. */
    static boolean bareGoodbye(String text) {
        String rest = NOT_SPEECH.matcher(FAREWELL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        long cjk = rest.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long words = rest.isEmpty() ? 0 : rest.split("\\s+").length;
        return cjk < 3 && (cjk > 0 ? words <= 1 : words < 2);
    }

    /** The words by which the customer put the decision off, or null. */
    static String putsOff(String text) {
        var m = PUTS_OFF.matcher(text);
        return m.find() ? m.group() : null;
    }
}
