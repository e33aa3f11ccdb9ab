package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly closing day said wrong: "下周一我们店休" where the card's shop closes on Wednesdays (holdout58's cansibei-08), "我们周二
 * 休息" where it closes on Mondays (holdout59's shougongxie-06). No number is in it, so the fact checker passed both. A card
 * that names no closing day checks nothing.
 */
final class ClosedDays {
    private static final Pattern CLOSED = Pattern.compile(
            "(?:周|星期|礼拜)([一二三四五六日天])(?:我们|咱们|店里|门店|店面|这边)?(?:店休|休息|公休|闭店|不营业|不开门|关门|不上班)"
                    + "|\\bclosed (?:on |every )?(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
                    + "|\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (?:we'?re|we are|the (?:shop|office|store|studio) is|it'?s) closed\\b",
            Pattern.CASE_INSENSITIVE);

    /** A day or the weekend said to be open: "我们周末都开门", "we're open Sundays too" (holdout61, on cards closed on Sundays). */
    private static final Pattern OPEN = Pattern.compile(
            // "我们周日也有人" (holdout64)
            // "周日我们也上门", "Sunday's no problem for us" (holdout71, on cards closed on Sundays)
            "(周末|(?:周|星期|礼拜)[一二三四五六日天])(?:我们|咱们|店里|门店|中心|这边|师傅|也|都|照常|正常|照样){0,2}(?:开门|营业|上班|开着|有人|有人接诊|接诊|能约|可以约|都能约|上门|出工)"
                    + "|\\b(weekends|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*(?:'s| is| are)? (?:no problem|fine|good|okay|ok) (?:for|with) us\\b"
                    + "|\\bopen (?:on |every )?(weekends|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
                    + "|\\b(weekends|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*(?: too| as well)?,? (?:we'?re|we are) open\\b"
                    // "Sunday afternoon, we work weekends" (holdout63), "our inspectors work Sundays now" (holdout67)
                    + "|\\b(?:we|our [a-z]+s|they) (?:work|do visits|come out) (?:on )?(weekends|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*",
            Pattern.CASE_INSENSITIVE);

    /** Open every day: "工作室天天开门" (holdout46's jinshan-06), "我们天天开门，没有休息日" (holdout65), "we're open seven days a week". */
    private static final Pattern EVERY_DAY = Pattern.compile("天天(?:都)?(?:开门|营业|有人|上班|开着)|每天都(?:开门|营业|有人|上班|开着)|没有休息日"
            + "|全年无休|\\bopen (?:every day|seven days|7 days|all week)\\b|\\bseven days a week\\b", Pattern.CASE_INSENSITIVE);

    private ClosedDays() {}

    /** The weekdays (1 = Monday) a clause says are open, the weekend as Saturday and Sunday. */
    static Set<Integer> open(String clause) {
        Set<Integer> out = new HashSet<>();
        if (EVERY_DAY.matcher(clause).find()) {
            return Set.of(1, 2, 3, 4, 5, 6, 7);
        }
        Matcher m = OPEN.matcher(clause);
        while (m.find()) {
            String day = null;
            for (int g = 1; day == null && g <= m.groupCount(); g++) {
                day = m.group(g);
            }
            if (day.equals("周末") || day.equalsIgnoreCase("weekends")) {
                out.add(6);
                out.add(7);
            } else {
                int w = Weekdays.weekday(day.length() > 1 && !day.matches("[A-Za-z]+") ? day.substring(day.length() - 1) : day);
                if (w > 0) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The weekdays (1 = Monday) a text says are closing days. */
    static Set<Integer> of(String text) {
        Set<Integer> out = new HashSet<>();
        Matcher m = CLOSED.matcher(text);
        while (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int w = Weekdays.weekday(day);
            if (w > 0) {
                out.add(w);
            }
        }
        return out;
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        Set<Integer> onCard = card.closedDays;
        if (onCard.isEmpty()) {
            return List.of();
        }
        for (String clause : Sentences.clauses(t.text())) {
            Set<Integer> said = of(clause);
            // open on a closing day ("我们周末都开门"), or closed on a day the card keeps open ("我们周二休息")
            boolean wrong = open(clause).stream().anyMatch(onCard::contains) || !said.isEmpty() && !onCard.containsAll(said);
            if (wrong && flagged.stream().noneMatch(f -> clause.contains(f.said()) || f.said().contains(clause.strip()))) {
                return List.of(new FactFlag(t.index(), "claim", clause.strip(), "closed on " + onCard.stream().sorted()
                        .map(w -> Weekdays.SHORT.get(w - 1)).toList()));
            }
        }
        return List.of();
    }
}
