package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day the customer rules out ("I can't do the 22nd anymore, my sister moved her wedding", "周三我在上海出差，不行") that the
 * rep books all the same in its closing: a goal claimed on a slot the customer cannot keep (the twenty-ninth held-out set's
 * skydive call; review 20's formaldehyde call booked 周三 after it was refused). A day the customer names again later without
 * ruling it out is its own choice, and stands.
 */
final class RuledOutDays {
    private static final Pattern DAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
            + "|(?<![\\d/.])(\\d{1,2})(?:st|nd|rd|th|号|日)(?![\\d])|\\b\\d{1,2}/(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    /** The customer cannot keep the day it names. */
    private static final Pattern CANNOT = Pattern.compile("不行|没空|来不了|去不了|不方便|出差|没法|不在家|不在本地|约了别的"
            + "|\\b(?:can'?t|cannot|can not|won'?t work|doesn'?t work|no good|not free|busy|out of town|away)\\b", Pattern.CASE_INSENSITIVE);
    /** The rep's clause moves off the day, not onto it: "since the 22nd is out, Sunday the 23rd". */
    private static final Pattern MOVES_OFF = Pattern.compile("不行|不方便|换|改|不是|instead|rather than|not the|\\bout\\b|can'?t|doesn'?t",
            Pattern.CASE_INSENSITIVE);

    private RuledOutDays() {}

    /** The days a text names, as w1..w7 and d1..d31. */
    static Set<String> days(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            if (m.group(1) != null || m.group(2) != null) {
                out.add("w" + Weekdays.weekday(m.group(1) != null ? m.group(1) : m.group(2)));
            } else {
                int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
                if (d >= 1 && d <= 31) {
                    out.add("d" + d);
                }
            }
        }
        return out;
    }

    /** Why the closing books a day the customer ruled out, or null. */
    static String bookedAnyway(List<Turn> turns) {
        int close = turns.size() - 1;
        while (close >= 0 && turns.get(close).speaker() != Role.CALLER) {
            close--;
        }
        if (close < 0) {
            return null;
        }
        Set<String> booked = new LinkedHashSet<>();
        for (String clause : clauses(turns.get(close).text())) {
            if (!MOVES_OFF.matcher(clause).find()) {
                booked.addAll(days(clause));
            }
        }
        for (int i = close - 1; i >= 0 && !booked.isEmpty(); i--) {
            Turn t = turns.get(i);
            if (t.speaker() != Role.CALLEE) {
                continue;
            }
            for (String clause : clauses(t.text())) {
                Set<String> named = days(clause);
                named.retainAll(booked);
                if (named.isEmpty() || asked(t.text(), clause) || IF.matcher(clause).find()) {
                    continue; // "And if I can't get there right away Saturday?" asks; it rules nothing out
                }
                if (!CANNOT.matcher(clause).find()) {
                    booked.removeAll(named); // the customer took that day itself after all
                    continue;
                }
                return String.format("the rep booked a day the customer ruled out at turn %d (\"%s\")", t.index(), clause.strip());
            }
        }
        return null;
    }

    private static final Pattern IF = Pattern.compile("如果|要是|万一|\\bif\\b|\\bin case\\b", Pattern.CASE_INSENSITIVE);

    /** The clause ends a question in the turn. */
    private static boolean asked(String text, String clause) {
        int end = text.indexOf(clause) + clause.length();
        return end < text.length() && "?？吗".indexOf(text.charAt(end)) >= 0 || clause.strip().endsWith("吗");
    }

    private static List<String> clauses(String text) {
        return List.of(text.split("[,;.!?，。；！？]"));
    }
}
