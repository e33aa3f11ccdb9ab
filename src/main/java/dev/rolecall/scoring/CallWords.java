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
            "还没定|没定好|没决定|还没想好|考虑(一下|考虑)|再考虑|想一想|想想看|再说吧|回头再|改天|再给你打|再打给你|给你回电|回头给你"
                    + "|先问问|得问问|要问问|商量一下|商量商量|晚点再|晚上确认|回头我?自己(?:再)?(?:算|看|想|研究)|我自己(?:再)?(?:算算|算一下|研究)"
                    + "|\\b(not sure|haven'?t decided|have not decided|think about it|think it over|get back to you"
                    + "|call you back|not now|maybe later|need to check with|let me check with|i'?ll look (?:it )?over|look at it later)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Thanks or good wishes: what makes a closing a closing, so that a bare "再见" may follow it. */
    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|多谢|祝您|祝你|祝贵|\\b(thank|thanks|have a (good|great|nice))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The speaker ends it: refuses, hangs up, asks not to be called again. */
    private static final Pattern REFUSES = Pattern.compile(
            "不需要了|不用了|算了|别再打|不要再打|别打了|不再联系|挂了|先挂|没兴趣|不感兴趣|不续了|不办了|取消订单|我要投诉"
                    + "|\\b(not interested|no thanks|don'?t call|stop calling|i'?m done|hang(ing)? up|cancel)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An end condition that is a refusal or a hang-up, by its own words. */
    private static final Pattern REFUSAL_CONDITION = Pattern.compile(
            "拒绝|挂断|终止|不再|取消|投诉|不方便通话|\\b(declines?|refuses?|hangs? up|not to be called|cancel)",
            Pattern.CASE_INSENSITIVE);

    private CallWords() {}

    static boolean refuses(String text) {
        return REFUSES.matcher(text).find();
    }

    static boolean refusalCondition(String conditionText) {
        return conditionText != null && REFUSAL_CONDITION.matcher(conditionText).find();
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
