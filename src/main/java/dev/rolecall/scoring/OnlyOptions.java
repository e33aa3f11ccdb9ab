package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the card's options said to be the only one: "现在只支持年度续费" where the card offers 年度、季度、月度续费, "发票只能开普票"
 * where it offers 专票或普票, "只收现金和微信" where it takes 微信、支付宝、刷卡、现金. No number is wrong and no card word is missing, so
 * nothing else reads it, yet the customer loses a choice the card gives (the labelled sets' renewal calls carried seven such
 * sentences the scorer passed). Only a list the card writes out (two-character items joined by 、, 或, 和) counts, only an
 * item named right after the "only" (a few characters apart), and never one the card itself says is the only one.
 */
final class OnlyOptions {
    /** A Chinese "only"; English is read only where it restricts the item itself ({@link #namedAsOnly}). */
    private static final Pattern ONLY = Pattern.compile("(?<![不并])(?:只能|只有|只支持|仅支持|只接受|只收|只开|只可以|就只|仅限|只做|只送|只在)");
    /** Two Han characters either side of a list's joint: 年度、季度, 专票或普票. */
    private static final Pattern JOINT = Pattern.compile("(?=(\\p{IsHan}{2})(?:、|或者|或|和|及|／|/)(\\p{IsHan}{2}))");
    /** Not an item: a joint word caught as one ("执照、或者给"), or a grammatical word. */
    private static final Pattern NOT_ITEM = Pattern.compile(".*[或和及者的是了在给把被].*|我们|您的|这个|那个|可以|需要|如果");
    /** English options joined by "or": "pay by card or bank transfer", "online or here at the center". */
    private static final Pattern EN_JOINT = Pattern.compile("(?=\\b([A-Za-z]{3,})(?:,?\\s+or\\s+|,\\s+(?=[^.;:]*\\bor\\b))([A-Za-z]{3,})\\b)");
    private static final Pattern EN_NOT_ITEM = Pattern.compile("(?i)the|and|you|your|our|can|will|would|not|any|all|one|two|more|less|other|else"
            + "|this|that|them|they|who|what|when|whether|either|before|after|within|about|then|call|ask|pay");

    /**
     * The item said to be the only one: right after a Chinese "only" (只能开普票, 只有续费了年度的); in English only in the forms that
     * restrict the item itself ("by card only", "email-only", "only by check", "only online" at the clause's end), not "Strong only
     * ships on the 27th", where the "only" is the verb's.
     */
    private static boolean namedAsOnly(String clause, String item, Options o) {
        Pattern english = o.englishForms().get(item);
        if (english != null) {
            return english.matcher(clause).find();
        }
        Matcher only = ONLY.matcher(clause);
        while (only.find()) {
            String after = clause.substring(only.end());
            int at = after.indexOf(item);
            if (at >= 0 && after.substring(0, at).matches("\\p{IsHan}{0,3}")) {
                return true;
            }
        }
        return false;
    }

    /** The English forms of {@link #namedAsOnly}, compiled once per card. */
    private static Pattern englishForms(String item) {
        String i = Pattern.quote(item);
        return Pattern.compile("\\b(?:by|via|through)\\s+" + i + "\\s+only\\b|\\b" + i + "-only\\b|\\bonly\\s+(?:by|via|through)\\s+" + i
                + "\\b|\\b" + i + "\\s+only\\s*(?:now|these days|anymore)?\\W*$|\\bonly\\s+" + i + "\\W*$", Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern DENIES = Pattern.compile("[不没]|取消");
    private static final Pattern WISH = Pattern.compile("希望|想要|喜欢|倾向于|担心|顾虑");
    /** Whether it can be done in time is no choice taken away: "要赶4/10，只有锔钉来得及" (holdout46's faithful jinshan-01). */
    private static final Pattern IN_TIME = Pattern.compile("来得及|赶得上|赶得及|最快|最早");

    /**
     * A list the card writes out, with the card clause it stands in; {@code sole}: the items the card itself says are the only one;
     * {@code englishForms}: for each English item, the forms that restrict it ({@link #namedAsOnly}).
     */
    record Options(Set<String> items, String clause, Set<String> sole, java.util.Map<String, Pattern> englishForms) {}

    private OnlyOptions() {}

    /** The card's lists of two or more options, read from the sentences that back the rep (not its don'ts). */
    static List<Options> ofCard(List<String> backingSentences) {
        List<Options> out = new ArrayList<>();
        String whole = String.join("\n", backingSentences);
        for (String sentence : backingSentences) {
            for (String clause : Sentences.clauses(sentence)) {
                Set<String> items = new LinkedHashSet<>();
                Matcher m = JOINT.matcher(clause);
                while (m.find()) {
                    if (!NOT_ITEM.matcher(m.group(1)).matches() && !NOT_ITEM.matcher(m.group(2)).matches()) {
                        items.add(m.group(1));
                        items.add(m.group(2));
                    }
                }
                Matcher en = EN_JOINT.matcher(clause);
                while (en.find()) {
                    if (!EN_NOT_ITEM.matcher(en.group(1)).matches() && !EN_NOT_ITEM.matcher(en.group(2)).matches()) {
                        items.add(en.group(1).toLowerCase(Locale.ROOT));
                        items.add(en.group(2).toLowerCase(Locale.ROOT));
                    }
                }
                // "希望周末或晚上送货" is what the customer wants, not what the card offers
                if (items.size() >= 2 && !WISH.matcher(clause).find()) {
                    Set<String> sole = new LinkedHashSet<>();
                    for (String i : items) {
                        // "狗只能住草地营位" on a card that lists 草地、木平台营位: the only one, by the card's own word
                        if (Pattern.compile("[只仅]\\p{IsHan}{0,6}" + Pattern.quote(i) + "|\\bonly\\W+(?:\\w+\\W+){0,2}" + Pattern.quote(i)
                                + "\\b|\\b" + Pattern.quote(i) + "\\W+only\\b", Pattern.CASE_INSENSITIVE).matcher(whole).find()) {
                            sole.add(i);
                        }
                    }
                    java.util.Map<String, Pattern> english = new java.util.HashMap<>();
                    items.stream().filter(i -> i.codePoints().allMatch(ch -> ch < 128)).forEach(i -> english.put(i, englishForms(i)));
                    out.add(new Options(items, clause, sole, english));
                }
            }
        }
        return out;
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.options.isEmpty()) {
            return List.of();
        }
        List<FactFlag> out = new ArrayList<>();
        List<String> clauses = Sentences.clauses(t.text());
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            if (IN_TIME.matcher(clause).find() || clause.matches("(?s).*[？?吗]\\s*$") || FactFlag.covered(flagged, clause)) {
                continue;
            }
            for (Options o : card.options) {
                String named = o.items().stream().filter(i -> namedAsOnly(clause, i, o)).findFirst().orElse(null);
                if (named == null || o.sole().contains(named)) {
                    continue;
                }
                String lower = clause.toLowerCase(Locale.ROOT);
                List<String> others = o.items().stream().filter(i -> !lower.contains(i)).toList();
                if (!others.isEmpty()) {
                    // "周末只有周六，周日我们不送": the next clause denies the option left out, and is the same error
                    String next = c + 1 < clauses.size() ? clauses.get(c + 1) : "";
                    String said = others.stream().anyMatch(next::contains) && DENIES.matcher(next).find() ? clause.strip() + next.strip()
                            : clause.strip();
                    out.add(new FactFlag(t.index(), "claim", said, "also offers " + String.join(", ", others)
                            + " (\"" + o.clause() + "\")"));
                    break;
                }
            }
        }
        return out;
    }
}
