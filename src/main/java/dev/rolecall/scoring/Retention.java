package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Data said to go at once, or to stay for ever, where the card keeps it for a set time: "the data's deleted the day it
 * expires", "到期当天数据就清空了", "your data's kept indefinitely" against "your data is kept for 90 days" and "数据将安全保留30天".
 * No number is said, so the fact checker, which compares the card's 90 days with a rep's 60, passes them; the labelled sets'
 * renewal calls carried sixteen such sentences it missed. Only a card that keeps the customer's data for a number of days,
 * weeks or months is read, and only a sentence about the data (or the account holding it).
 */
final class Retention {
    private static final String DURATION = "(?:\\d+|[一二两三四五六七八九十百]+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty|ninety)"
            + "\\s*(?:个)?(?:天|日|周|个?月|年|days?|weeks?|months?|years?)";
    private static final Pattern CARD_KEEPS = Pattern.compile("(?:数据|资料|记录|文件|\\bdata\\b|\\bfiles\\b|\\brecords\\b)[^。.!?]{0,24}?"
            + "(?:保留|保存|留存|\\bkept\\b|\\bretained\\b|\\bstored\\b|\\bheld\\b)[^。.!?，,]{0,12}?" + DURATION, Pattern.CASE_INSENSITIVE);
    /** What the card keeps, or the account that holds it. */
    private static final Pattern ABOUT = Pattern.compile("数据|资料|账号|账户|\\bdata\\b|\\bfiles\\b|\\brecords\\b|\\baccount\\b|\\beverything\\b",
            Pattern.CASE_INSENSITIVE);
    /** Gone at once: deleted on the day, right away; 到期(当天)就清空. */
    private static final Pattern AT_ONCE = Pattern.compile("(?:当天|马上|立刻|立即|直接|到期就|过期就|一到期)[^，。]{0,6}?(?:清空|删除|删掉|清掉|注销|没了)"
            + "|(?:deleted|wiped|purged|erased|gone|closed)\\b[^.,;]{0,24}?\\b(?:right away|immediately|straight away|at once|at expiry|the (?:same )?day|that day|on expiry)"
            + "|\\b(?:the day|the moment|as soon as)\\b[^.,;]{0,30}?\\b(?:deleted|wiped|purged|erased|gone)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Kept for ever. */
    private static final Pattern FOR_EVER = Pattern.compile("永久保留|永远保留|一直保留|一直给您留着|\\bkept (?:indefinitely|forever|for ever)\\b"
            + "|\\bnever delete\\b|\\bstays? (?:there )?forever\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile("不会|不是|并不|没有|\\bnot\\b|n't\\b|\\bnever\\b(?! delete)|\\bno longer\\b", Pattern.CASE_INSENSITIVE);

    private Retention() {}

    /** The card sentence that keeps the customer's data for a set time, or null. */
    static String ofCard(List<String> backingSentences) {
        return backingSentences.stream().filter(s -> CARD_KEEPS.matcher(s).find()).findFirst()
                .map(s -> s.replaceFirst("^(?:回答|答|A)[：:]\\s*", "")).orElse(null);
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.retention == null) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            if (!ABOUT.matcher(sentence).find() || sentence.matches("(?s).*[？?]\\s*$") || FactFlag.covered(flagged, sentence)) {
                continue;
            }
            for (String clause : Sentences.clauses(sentence)) {
                var m = AT_ONCE.matcher(clause);
                var f = FOR_EVER.matcher(clause);
                boolean atOnce = m.find();
                boolean forEver = !atOnce && f.find();
                if (!atOnce && !forEver) {
                    continue;
                }
                // "it's not deleted right away, it's kept for 90 days" says the card; "if you don't renew in time your account is
                // deleted straight away" negates the renewal, not the deletion (holdout72's english-support-03)
                int at = atOnce ? m.start() : f.start();
                if (NEGATED.matcher(clause.substring(Math.max(0, at - 12), at)).find()) {
                    continue;
                }
                out.add(new FactFlag(t.index(), "claim", sentence.strip(), "kept for a set time: " + card.retention));
                break;
            }
        }
        return out;
    }
}
