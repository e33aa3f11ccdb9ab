package dev.rolecall.agent.offline;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time to call back: the one the customer names ("周五上午吧", "Try me tomorrow afternoon"), or the one a customer picks
 * when asked, away from the times its background says it is taken up.
 */
final class CallbackTime {
    private static final Pattern WHEN = Pattern.compile(
            // "tomorrow after 6 pm", "晚上七点以后": a day part with its hour, whole
            "\\b(?:tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening))? (?:after|before|around) \\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b"
            + "|(?:(?:明天|后天|今天|(?:周|星期)[一二三四五六日天])?(?:上午|下午|晚上|中午|早上))[0-9一二三四五六七八九十]{1,2}点半?(?:以后|之后|以前|之前|后|前)"
            + "|(?:(?:下周|这周|本周)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|今天|今晚|下周|改天)"
            + "(?:上午|下午|晚上|中午|早上)?(?:\\d{1,2}点(?:半)?)?"
            + "|\\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening))?\\b"
            + "|\\bthis (?:afternoon|evening)\\b|\\b(?:after|before) \\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b"
            // "Call me back tonight after seven?" (the eighteenth review's physio card): met with "I can't advise on that"
            + "|\\btonight(?: after (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven))?\\b", Pattern.CASE_INSENSITIVE);
    /** Asked when to call back. */
    private static final Pattern ASKED = Pattern.compile("什么时候方便|哪天.{0,4}方便|几点方便|什么时间方便"
            + "|\\bwhen(?:'s| is| would be)? (?:a )?good time\\b|\\bwhat time (?:works|suits)\\b|\\bwhen (?:can|should) I call\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> ZH = List.of("明天下午", "后天上午", "周五上午", "明天上午", "周四下午");
    private static final List<String> EN = List.of("tomorrow afternoon", "Thursday morning", "Friday afternoon", "tomorrow morning");

    private CallbackTime() {}

    /** The time named in the customer's words, or null ("改天" names none). */
    static String in(String text) {
        Matcher m = WHEN.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!m.group().equals("改天")) {
                return m.group();
            }
        }
        return null;
    }

    static boolean asked(String question) {
        return ASKED.matcher(question).find();
    }

    /** Where the card has the customer ask for a call back at a time ("请对方晚上七点以后再打来", "asks for a call back tomorrow after 6 pm"). */
    private static final Pattern CARD_ASKS = Pattern.compile("((?:明天|后天|(?:周|星期)[一二三四五六日天])?(?:上午|下午|晚上|中午|早上)?"
            + "[0-9一二三四五六七八九十]{1,2}点半?(?:以后|之后|以前|之前|后|前)?)再?(?:打来|打过来|回电|打给他|打给她|联系)"
            + "|\\bcall(?:-| )?back(?: (?:him|her|me))? ((?:tomorrow|tonight|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
            + "(?: (?:morning|afternoon|evening))?(?: (?:after|before|around) \\d{1,2}(?::\\d{2})?\\s*(?:am|pm))?)", Pattern.CASE_INSENSITIVE);

    /**
     * A time the customer is free, in its words: the one its card has it ask for, else one away from its busy times. Review
     * 24: "请对方晚上七点以后再打来" on the card, "后天上午吧" in the call (0 of 3 call-backs at the card's time).
     */
    static String pick(CardIndex index, SplittableRandom random) {
        Matcher own = CARD_ASKS.matcher(index.card.callee().raw());
        if (own.find()) {
            return (own.group(1) != null ? own.group(1) : own.group(2)).replaceFirst("^on ", "");
        }
        List<String> pool = (index.lang == Lang.ZH ? ZH : EN).stream().filter(t -> !index.busyTimes.busyAt(t)).toList();
        List<String> from = pool.isEmpty() ? (index.lang == Lang.ZH ? ZH : EN) : pool;
        return from.get(random.nextInt(from.size()));
    }
}
