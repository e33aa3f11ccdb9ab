package dev.rolecall.scoring;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for by its question word: a day, a length of time, a person, a price, a place. On
 * bge-small-zh "那评估哪天？" sits nearest "评估要多久？谁来？" (the same subject); a reader sees the customer asked
 * for a day, which the rep then offered, and no knowledge-base question left unanswered.
 */
final class AskedFor {
    enum Kind { DAY, LENGTH, PERSON, PRICE, PLACE }

    private static final Pattern DAY = Pattern.compile("哪天|哪一天|几号|什么时候|啥时候|几点|周几|星期几|礼拜几|哪个时间|何时"
            + "|\\bwhen\\b|\\bwhat (?:time|day|date)\\b|\\bwhich day\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("多久|多长时间|多长|要几天|\\bhow long\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile("谁|哪位|\\bwho\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE = Pattern.compile("多少钱|什么价|价格|收费|贵不贵|\\bhow much\\b|\\bcost\\b|\\bprice\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile("哪儿|哪里|在哪|什么地方|\\bwhere\\b", Pattern.CASE_INSENSITIVE);

    private AskedFor() {}

    static Set<Kind> of(String question) {
        Set<Kind> k = EnumSet.noneOf(Kind.class);
        if (DAY.matcher(question).find()) {
            k.add(Kind.DAY);
        }
        if (LENGTH.matcher(question).find()) {
            k.add(Kind.LENGTH);
        }
        if (PERSON.matcher(question).find()) {
            k.add(Kind.PERSON);
        }
        if (PRICE.matcher(question).find()) {
            k.add(Kind.PRICE);
        }
        if (PLACE.matcher(question).find()) {
            k.add(Kind.PLACE);
        }
        return k;
    }

    /** The customer's question may be the entry's unless both ask for something by question word and never the same thing. */
    static boolean compatible(String asked, String entryQuestion) {
        Set<Kind> a = of(asked);
        Set<Kind> e = of(entryQuestion);
        if (a.isEmpty() || e.isEmpty()) {
            return true;
        }
        a.retainAll(e);
        return !a.isEmpty();
    }
}
