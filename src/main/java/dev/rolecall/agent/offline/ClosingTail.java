package dev.rolecall.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The script's last statements said before the closing line, less the clauses the closing says again (review 21: "I'll email
 * the contract today. … The contract will be in your inbox today."; "送货当天师傅会提前1小时给您打电话，…" before
 * "…送货当天师傅会提前1小时联系您"). A clause that leans on one left out goes with it ("…预约短信，里面有地址…",
 * "…发短信提醒您，门店地址和停车信息也一起发给您").
 */
final class ClosingTail {

    private static final Pattern ALSO = Pattern.compile("也|一起|一并|(?i:\\balso\\b|\\btoo\\b|\\bas well\\b)");
    private static final Pattern LEANS_BACK = Pattern.compile("里面|其中|这|那|它|(?i:which|it)\\b");

    private final TextMemo memo;
    private final Lang lang;

    ClosingTail(TextMemo memo, Lang lang) {
        this.memo = memo;
        this.lang = lang;
    }

    /** Each of {@code tail}'s lines without what {@code close} repeats; a line left with nothing of its own is dropped. */
    List<String> before(String close, List<String> tail) {
        Set<String> cu = memo.units(close);
        List<String> out = new ArrayList<>();
        for (String line : tail) {
            String kept = lessRepeats(line, cu);
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out;
    }

    private String lessRepeats(String line, Set<String> cu) {
        StringBuilder b = new StringBuilder();
        boolean droppedBefore = false;
        for (String sentence : Speech.sentences(line)) {
            StringBuilder k = new StringBuilder();
            if (droppedBefore && Character.isLowerCase(sentence.charAt(0))) {
                continue; // "I'll email the work order today; just reply 'approved'…": after a semicolon, it goes with what it follows
            }
            boolean dropped = false;
            for (String clause : sentence.split("(?<=[，,])")) {
                Set<String> su = memo.units(clause);
                if (su.size() >= 3 && Speech.overlap(su, cu) * 5 >= su.size() * 3
                        || dropped && (LEANS_BACK.matcher(clause.strip()).lookingAt() || ALSO.matcher(clause).find())) {
                    dropped = true;
                } else {
                    k.append(clause);
                }
            }
            droppedBefore = dropped;
            String left = k.toString().strip();
            if (!left.isEmpty() && !(dropped && memo.units(left).size() < 3)) { // not "好的，我这边给您登记好了。" alone
                left = dropped ? left.replaceFirst("[，,]$", lang == Lang.ZH ? "。" : ".") : left;
                left = Character.toUpperCase(left.charAt(0)) + left.substring(1);
                b.append(b.isEmpty() || lang == Lang.ZH ? "" : " ").append(left);
            }
        }
        return b.toString();
    }
}
