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
    enum Kind {
        DAY("哪天|哪一天|几号|什么时候|啥时候|几点|周几|星期几|礼拜几|哪个时间|何时|\\bwhen\\b|\\bwhat (?:time|day|date)\\b|\\bwhich day\\b"),
        LENGTH("多久|多长时间|多长|要几天|\\bhow long\\b"),
        PERSON("谁|哪位|\\bwho\\b"),
        PRICE("多少钱|什么价|价格|收费|贵不贵|\\bhow much\\b|\\bcost\\b|\\bprice\\b"),
        PLACE("哪儿|哪里|在哪|什么地方|\\bwhere\\b");

        private final Pattern words;

        Kind(String words) {
            this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE);
        }
    }

    private AskedFor() {}

    static Set<Kind> of(String question) {
        Set<Kind> k = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.words.matcher(question).find()) {
                k.add(kind);
            }
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
