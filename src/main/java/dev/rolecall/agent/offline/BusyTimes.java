package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Times a persona's background says it is taken up ("周六上午9点到11点要送女儿上舞蹈课", "工作日很难请假", "Volunteers at the food
 * bank on Wednesday mornings"): the customer does not pick a slot in them while another is offered (two reviews found customers
 * picking the very morning their card rules out).
 *
 * @param times the times named in a clause that takes them up, lower case ("周六上午", "工作日", "wednesday morning")
 */
record BusyTimes(List<String> times) {
    private static final Pattern TIME = Pattern.compile("(?:周[一二三四五六日天]|星期[一二三四五六日天]|周末|工作日|平日)(?:上午|下午|晚上)?"
            + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|weekday)s?(?: (?:morning|afternoon|evening)s?)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAKEN = Pattern.compile("送|接孩子|上课|课|上班|加班|开会|值班|值\\S{1,6}班|没法|出差|不在家|不行|没空|不方便|有事|没时间|请假|请不了"
            + "|医院|复查|看病|体检|就诊|家里没人|没人在家|没人收|一个人都没有|团建|婚礼|葬礼|喜酒|外地|\\b(?:wedding|funeral|(?:book )?club|choir|church|rehearsals?|practice|bingo|flies|flying|flight|conference|trip|work|works|working|shift|class|classes|lessons?|busy|appointments?|therapy|can'?t|cannot"
            + "|not home|away|out|volunteers?|volunteering|hospital|doctor'?s?|check-?up|nobody(?:'s| is)? home|no one(?:'s| is)? home)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FREE = Pattern.compile("不用|休息|有空|\\bfree\\b|\\boff\\b", Pattern.CASE_INSENSITIVE);

    /** A clause that points back to a day named earlier in its sentence ("…, so he can't do anything that day"). */
    private static final Pattern THAT_DAY = Pattern.compile("那天|当天|那一天|\\bthat day\\b", Pattern.CASE_INSENSITIVE);

    static BusyTimes of(String text) {
        List<String> out = new ArrayList<>();
        // a semicolon joins what takes a day up to the day ("…on Friday, June 13 and lands at 9 pm; … nobody is home that day")
        for (String sentence : text.split("[。\\n!?！？]|\\.(?!\\d)")) {
            // "Sunday, April 13 is his daughter's confirmation, so he can't do anything that day": the day and what takes it
            // up sit in different clauses (review 21's exhibitor picked that Sunday in 2 of 10 calls)
            List<String> named = new ArrayList<>();
            boolean pointedBack = false; // "…，那天前台和仓库一个人都没有，没法签收": what takes it up may come a clause after 那天
            for (String clause : sentence.split("[，,；;]")) {
                List<String> times = new ArrayList<>();
                java.util.regex.Matcher m = TIME.matcher(clause);
                while (m.find()) {
                    times.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("s\\b", ""));
                }
                boolean free = FREE.matcher(clause).find();
                pointedBack |= THAT_DAY.matcher(clause).find();
                if (TAKEN.matcher(clause).find() && !free) {
                    out.addAll(times.isEmpty() && pointedBack ? named : times);
                } else if (!free) {
                    named.addAll(times);
                    continue;
                }
                named.clear();
            }
        }
        return new BusyTimes(List.copyOf(out));
    }

    private static final Pattern WORKDAY = Pattern.compile("(?:周|星期|礼拜)[一二三四五]|\\b(?:monday|tuesday|wednesday|thursday|friday)\\b");

    /** Whether an option or slot falls in a time the callee is taken up. */
    boolean busyAt(String option) {
        String o = option.toLowerCase(java.util.Locale.ROOT).replaceAll("s\\b", "");
        for (String b : times) {
            if (b.startsWith("工作日") || b.startsWith("平日") || b.startsWith("weekday")) {
                // workdays: any weekday from Monday to Friday ("工作日很难请假，最好周末" picked 周二)
                if (WORKDAY.matcher(o).find()) {
                    return true;
                }
                continue;
            }
            String day = b.replaceAll("(上午|下午|晚上| morning| afternoon| evening)$", "");
            String part = b.substring(day.length()).strip();
            if (o.contains(day) && (part.isEmpty() || o.contains(part))) {
                return true;
            }
        }
        return false;
    }

}
