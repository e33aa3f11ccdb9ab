package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration the card never states, said as how the service works ("开票要五个工作日", "It takes about three
 * hours", "a one-year warranty", "退款三到五个工作日"), or a term or dose it never gives ("还有二十四期", "每天2次"):
 * the labelled calls mark these invented (60 of the 87 durations and counts the card never states, said by reps in the set, before these
 * exceptions). Not a value of the call itself or worked out in it: the call's own length ("就占您两分钟"), a rate's
 * unit ("fifty an hour"), the rep's own follow-up ("过两天我再给您打电话"), a span counted between two days ("到10/1是
 * 21天"), a total of parts ("three hours and ten minutes in all", "等于十四个月"), the days about to be listed ("就三天：…"), or
 * the time from now ("这一两周").
 */
final class UnstatedDurations {
    private UnstatedDurations() {}

    private static final Pattern RATE = Pattern.compile("\\b(?:an?|per|each)\\s+(?:hour|day|night|week|month|year)\\b"
            + "|每(?:个)?(?:小时|钟头|天|日|晚|周|星期|月|年)|/(?:小时|天|月|年|h|hr|day|mo)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_FOLLOW_UP = Pattern.compile(
            "(?:我|我们|咱们)(?:这边)?(?:再|会|过|到时候|就)?.{0,6}(?:打(?:电话|给您|给你)|联系您|联系你|回电|回复您|跟进|回访)"
            + "|\\b(?:I|we)(?:'ll| will| can)\\b.{0,24}\\b(?:call|ring|phone|follow up|get back|check in|reach out|touch base)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_LENGTH = Pattern.compile("耽误|占用|占您|打扰", Pattern.CASE_INSENSITIVE);
    /** "到10/1是21天", "九月十号到十月一号已经三个星期了", "from the 3rd to the 24th": a span counted between days. */
    private static final Pattern SPAN_TO_A_DAY = Pattern.compile("(?:到|至|till|until|through|to)\\s*(?:\\d{1,2}\\s*[/月]\\s*\\d{1,2}|\\d{1,2}\\s*[号日])",
            Pattern.CASE_INSENSITIVE);
    // narrower than FactChecker's TOTAL, which reads totals of money: its "comes to" would pass "a two-year term, which comes to
    // $10,800 a year" (holdout39's invented term; tried, one labelled fact lost)
    private static final Pattern TOTAL = Pattern.compile("一共|总共|合计|加起来|算下来|等于|相当于|\\b(?:in all|altogether|all in|in total|total)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TERM_OR_DOSE = Pattern.compile(" (?:期|次|片|颗|粒)$");

    /** The value, which the card states nowhere, is said as a fact of the service. */
    static boolean claimed(Fact f, String whole) {
        if (f.type() == Fact.Type.COUNT) {
            return TERM_OR_DOSE.matcher(f.value()).find();
        }
        if (f.type() != Fact.Type.DURATION) {
            return false;
        }
        double minutes = Double.parseDouble(f.value());
        // a day of it ("装一天就好", "开走用一天") is too loose to hold the rep to; "19年的迈腾" is the year it was made
        if (minutes <= 5 || f.said().matches("1\\s*(?:天|日)") || f.said().matches("\\d{2}年") || CALL_LENGTH.matcher(whole).find() || OWN_FOLLOW_UP.matcher(whole).find()
                || TOTAL.matcher(whole).find()) {
            return false;
        }
        String text = EnglishNumbers.normalize(ChineseNumbers.normalize(whole));
        int at = text.indexOf(f.said());
        if (at < 0) {
            return true;
        }
        String before = text.substring(0, at);
        String after = text.substring(at + f.said().length());
        boolean one = f.said().matches("1\\D.*");
        // the rate read where "an hour" that is the value itself is already "1 hour": "done in about an hour" (holdout64)
        return !(one && RATE.matcher(text).find()
                || SPAN_TO_A_DAY.matcher(before).find()
                || after.matches("\\s*[:：].*")
                || after.matches("(?s)\\s*(?:earlier|later|sooner)\\b.*") // "I can't promise it a day earlier": a shift, not a length
                || before.matches("(?s).*这[\\d到]*\\s*$"));
    }
}
