package dev.rolecall.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An end condition that says a time for the next call is agreed ("约定了回电时间", "约好了再打电话的时间", "a time to call back is
 * agreed"): read alike by the offline rep (it asks the customer when) and the scorer (the customer named or agreed to one).
 */
public final class CallbackCondition {
    private static final Pattern AGREED = Pattern.compile("(?:约定|约好|定好|商定)了?.{0,8}(?:再打电话|打电话|回电话|回电|回访|再联系|再打|联系)的?(?:具体)?时间"
            + "|(?:回电|回访|再联系|联系)的?时间.{0,4}(?:约定|约好|定好)|说出.{0,6}(?:回电|联系)的?时间"
            + "|\\b(?:call-?back|follow-up call|call again)(?: time)?(?: (?!is\\b|was\\b)[a-z]+){0,3} (?:is |was )?(?:agreed|set|booked|arranged)"
            + "|\\b(?:a |the )?time to (?:call|ring) (?:him |her |them )?back (?:is |was )?(?:agreed|set|booked|arranged)"
            + "|\\bagree(?:s|d)? (?:on )?(?:a|the) (?:call-?back|time to call back)"
            // "…and agrees a time for a call-back" (holdout46's underwriting card: "Don't. I said no." closed as a call-back)
            + "|\\bagree(?:s|d)? (?:on )?(?:a|the) time for (?:a |the )?(?:call-?back|follow-up call)"
            // "…and you agree when to call back" (review 26's gutter card: its hold-offs had closed as "decides not to book")
            + "|\\bagree(?:s|d)? (?:on )?when to (?:call|ring) (?:her |him |them )?back\\b"
            // "names a time to be called back", "asks to be called back at a time he names" (the seventeenth review's museum card)
            // (not one way of two: "asks for the details by email, or names a time for you to call back", the twenty-eighth set)
            // "…talks it over with his wife and gives a time to call back" (review 24's tent card)
            + "|(?<!\\bor )\\b(?:names?|gives?) a (?:call-?back )?time\\b|\\bcalled back at a time (?:he|she|they|the \\w+) names?\\b"
            // "…and asks for a call back at a set time" (review 23's pool card: closed "I'll call you back then" with no time)
            + "|\\bcall(?:ed)?[- ]?back at a (?:set|specific|agreed|fixed|particular) time\\b", Pattern.CASE_INSENSITIVE);

    private CallbackCondition() {}

    /** A way in writing offered beside the time: "either a call-back time is agreed or the details are sent by email". */
    private static final Pattern OR_IN_WRITING = Pattern.compile("\\bor\\b[^.;]{0,40}\\b(?:e-?mail(?:ed)?|texted|sent|send|in writing)\\b"
            + "|(?:或者|或是|或)[^。；]{0,16}(?:发(?:短信|微信|邮件|资料|过去|给)|短信发|邮件发)", Pattern.CASE_INSENSITIVE);

    public static boolean agreesTime(String condition) {
        if (condition == null) {
            return false;
        }
        Matcher m = AGREED.matcher(condition);
        // one way of two: the details sent instead bear it out as well (the junior-ski card's "…either a call-back time is agreed or
        // the details are sent by email": a deferral closed with "I'll email both packages" had been failed)
        return m.find() && !OR_IN_WRITING.matcher(condition.substring(m.start())).find();
    }
}
