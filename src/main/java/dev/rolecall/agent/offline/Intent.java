package dev.rolecall.agent.offline;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an end condition (or an utterance) is about, recognised from generic conversational
 * vocabulary in Chinese and English. This is how the offline engine maps its state to a card's
 * numbered end conditions on any card, without knowing the domain.
 */
enum Intent {
    /** Agreement reached, everything settled. */
    CONFIRM("确认|确定|同意|闭环|安排完成|回访完成|约好|约定|放心|弄清|搞定|定了|定好|选定|选好|办理|agree|confirm|renew|settled|booked"
            + "|books|booking"
            // review 34: "She picks an option, a day and a start time, and says yes to the read-back" (9 of 10 bookings had been
            // filed under the call-back condition, for its "agree")
            + "|\\b(?:picks|chooses) (?:a|an|the|one)\\b|\\bsays yes\\b"),
    /** Wants the details in writing / later, not more phone time. */
    MESSAGE("短信|邮箱|微信|邮件|资料|明细|改天|回电|再约|再打|再次回访|回访的时间|内部决策|暂时不|考虑|留言|发[我来]|家人联系|email|in writing|later|think|check internally|send|by text|calendar"
            // "asks for a call back or a text", "wants to talk to Carol first": rx-refill's call-back condition had none of
            // the words above, so a customer's "call me back later" ended by its "feels pushed and hangs up" condition
            + "|call ?back|a text|talk to|check with"
            // "赵老师要跟女儿商量，约好了再打过来的时间…" (review 34): its 约好 had made it an agreement, and a customer's "跟女儿商量一下"
            // closed by "听不清、不方便或直接挂断"
            + "|商量"
            // "can't decide now … and names a time to be called back" (the seventeenth review: closed as booked after "think it over")
            + "|called back|can'?t decide|decide later"),
    /** Refuses, cuts the call short, or is too busy. */
    HANGUP("挂断|挂了|不聊了|终止|拒绝|不方便|不再|冗长|话术|取消|投诉|没空|忙|decline|annoyed|ends? the call|not to be called|hang|busy|no time"),
    /** The other side could not commit to what mattered. */
    ESCALATE("无法承诺|无法保证|不能保证|卡顿|卡住|dodged|can'?t commit|cannot guarantee"),
    /** Several needs handled in one go. */
    MULTI("多项|专人|一次性|统一|several|multiple|dedicated"),
    /** Something is wrong and needs action now. */
    URGENT("异常|不对劲|马上去|回院|尽快|检查|urgent|emergency|right away");

    private final Pattern pattern;

    Intent(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    int hits(String text) {
        var m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Map<Intent, Integer> profile(String text) {
        Map<Intent, Integer> p = new EnumMap<>(Intent.class);
        for (Intent i : values()) {
            p.put(i, i.hits(text));
        }
        return p;
    }
}
