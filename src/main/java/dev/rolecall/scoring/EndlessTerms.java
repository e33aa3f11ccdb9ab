package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term made endless in words where the card gives it an end: "执照是终身有效的" (有效期2年), "LED灯终身保修", "Workmanship is
 * lifetime", "it doesn't expire"; and a change or payment made open at any time where the card limits it: "取消的话随时免费"
 * (free up to 24 hours before), "改稿不限次数" (two rounds), "you can pay whenever, there's no deadline on the invoice" (within
 * 30 days). No number is said, so the fact checker has nothing to compare; such clauses were most of the labelled misses with
 * no number in them. Flagged when a card sentence that states a duration, a date or a count shares a content term with the
 * claim, and the card does not say the same words itself.
 */
final class EndlessTerms {
    private static final Pattern ENDLESS = Pattern.compile("终身|永久|永远有效|长期有效|一直有效|不会过期|不过期|没有有效期|不限期|不设期限"
            + "|\\b(?:lifetime|for life|never expires?|(?:doesn'?t|does not|won'?t|will not|don'?t|do not) expire|no expir(?:y|ation)"
            + "|(?:good|valid|kept|stays?|lasts?) forever)\\b"
            // open at any time: a change, a cancellation, a refund or a payment
            + "|随时(?:都)?(?:可以|能)?(?:免费)?(?:改|取消|退|换|调|停|暂停|缴|交|付)|(?:取消|退|改|换)[^，。；]{0,6}随时|不限次数|不限时间|没有期限"
            + "|(?:改|换|调)(?:几|多少)次都"
            + "|没有截止|无限次|\\b(?:no deadline|no time limit|unlimited (?:changes|revisions|swaps|reschedul\\w+))\\b"
            + "|\\b(?:cancel|change|swap|switch|reschedule|pay|get|reply|refund(?:able)?|return|move)\\b[^.;,]{0,25}\\b(?:any ?time|whenever)\\b"
            + "|\\b(?:any ?time|whenever)\\b[^.;,]{0,15}\\b(?:cancel|change|swap|switch|reschedule|pay|refund|return)\\b"
            // up to the very slot: "If you can't make it, just call us any time before the slot" (four hours before on the card)
            + "|\\bany ?time (?:before|up (?:to|until)) (?:the|your|our) (?:slot|visit|appointment|booking|window|day|start|job)\\b"
            // to the last moment where the card stops days or hours before: "refundable right up to the morning of the job" (48 hours
            // before on the card; holdout59's tree-pruning-06 and holdout60's floor-refinish-06)
            + "|\\b(?:refund(?:able|ed)?|cancel\\w*|reschedul\\w*)\\b[^.;,]{0,15}\\b(?:right )?up (?:to|until) (?:the )?(?:morning|day|night|last minute)"
            + "\\b(?! before)|(?:当天|当日|出发前|开工前一刻)(?:取消|退)[^，。；]{0,4}(?:都|也)(?:能|可以)?(?:全)?退", Pattern.CASE_INSENSITIVE);
    /** A refund made whole: checked only on a card that never gives one. */
    private static final Pattern FULL_REFUND = Pattern.compile("全退|全额退|退全款|全部退|全额返还|\\b(?:full refund|fully refund\\w*|refund(?:ed)? in full)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUND_NEXT = Pattern.compile("\\s*(?:退|refund)", Pattern.CASE_INSENSITIVE);

    /** "100% refundable" where the card says "Fully refundable until …": the same full refund in a figure. */
    static boolean fullRefundSaid(String text, int end, CardProfile card) {
        return REFUND_NEXT.matcher(text).region(end, text.length()).lookingAt() && FULL_REFUND.matcher(card.backingLower).find();
    }

    /** The action an any-time claim opens: what the card must limit for it to be wrong. */
    private static final Pattern ACTION = Pattern.compile("取消|改|退|换|调|停|缴|交|付|\\b(?:cancel|chang|swap|switch|reschedul|pay|get|repl|refund|return|move)",
            Pattern.CASE_INSENSITIVE);
    /** A claim's action that names no change itself ("reply to the text any time"). */
    private static final Set<String> WEAK_ACTION = Set.of("repl", "get");
    private static final Pattern UP_TO_SLOT = Pattern.compile("(?i)\\bany ?time (?:before|up)");

    /** Said to deny it: "不是终身的", "it's not lifetime". */
    private static final Pattern DENIED = Pattern.compile("(?:不是|并非|并不是|\\bnot\\b|\\bisn'?t\\b|\\baren'?t\\b)\\s*\\S{0,4}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private EndlessTerms() {}

    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        for (String sentence : Sentences.split(t.text())) {
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = ENDLESS.matcher(clause);
                boolean found = m.find();
                if (!found) { // a full refund on a card that refunds in part or not at all ("开业前取消定金都全退", holdout56)
                    m = FULL_REFUND.matcher(clause);
                    found = m.find() && !FULL_REFUND.matcher(card.backingLower).find();
                }
                if (!found || DENIED.matcher(clause.substring(0, m.start())).find()
                        || card.backingLower.replace(" ", "").contains(m.group().toLowerCase(java.util.Locale.ROOT).replace(" ", ""))
                        || flagged.stream().anyMatch(f -> clause.contains(f.said()) || f.said().contains(clause))) {
                    continue; // denied, the card's own words ("cancel any time with seven days' notice"), or flagged already
                }
                Set<String> said = stems(CardProfile.contentTerms(CardProfile.terms(sentence)));
                // an action made open at any time is checked against card sentences about that action ("cancel any time before the
                // birth" is not about the balance due 30 days after it, holdout53's faithful cord-blood-03)
                Matcher act = ACTION.matcher(m.group());
                List<String> actions = new ArrayList<>();
                if (act.find()) {
                    actions.add(act.group().toLowerCase(java.util.Locale.ROOT));
                }
                if (actions.isEmpty() ? UP_TO_SLOT.matcher(m.group()).find() : WEAK_ACTION.contains(actions.get(0))) {
                    // the sentence says what is opened: "If you need to move the slot, just reply to the text any time" opens
                    // moving it, which the card limits ("…at least four hours before the slot and we will move it for free")
                    for (Matcher in = ACTION.matcher(sentence); in.find(); ) {
                        actions.add(in.group().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                for (CardProfile.FactLine line : card.factLines) {
                    // a clock time limits too: "送货前一天下午6点前…改约" (holdout57's delivery-04, "改约随时打电话都行")
                    if (line.facts().stream().noneMatch(f -> f.type() == Fact.Type.DURATION || f.type() == Fact.Type.DATE
                            || f.type() == Fact.Type.COUNT || f.type() == Fact.Type.TIME)) {
                        continue;
                    }
                    Set<String> shared = stems(CardProfile.contentTerms(line.terms()));
                    shared.retainAll(said);
                    shared.removeAll(FUNCTION_PAIRS);
                    String lower = line.text().toLowerCase(java.util.Locale.ROOT);
                    if (!shared.isEmpty() && (actions.isEmpty() || actions.stream().anyMatch(lower::contains))) {
                        out.add(new FactFlag(t.index(), "claim", sentence.strip(), "nearest: " + line.text().strip()));
                        break;
                    }
                }
                break;
            }
        }
        return out;
    }

    /** Chinese pairs any two sentences share: no subject in common. */
    private static final Set<String> FUNCTION_PAIRS = Set.of("可以", "的话", "我们", "您的", "这个", "一下", "就是", "如果", "需要", "没有",
            "都是", "也是", "就行", "之后", "以后", "之前", "以前", "不用", "不能", "能够", "还是", "或者", "可能", "这边", "给您", "帮您",
            "免费", "随时", "时候");

    /** English words without their endings ("expires" is "expire"); Chinese pairs as they are. */
    private static Set<String> stems(Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String w : terms) {
            out.add(w.matches("[a-z]{5,}") ? w.replaceFirst("[sd]$", "") : w);
        }
        return out;
    }
}
