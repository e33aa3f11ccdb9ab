package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the customer is billed is a fact with no number in it: "Or per-push, $55, billed weekly" where the card bills at the
 * end of each month (holdout54's snow-plow-08), "可以按月付" where the card takes 按季度付 only (holdout50's lvzhi-zubai-08). A
 * rep sentence about paying that names a cadence is flagged when the card's sentences about paying name cadences and not that
 * one; a card that names none checks nothing. A rate ("每月880元", "$25 per seat per month") is a price, not a cadence.
 */
final class Cadences {
    enum Cadence { WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }

    private static final Map<Cadence, Pattern> WORDS = Map.of(
            Cadence.HALF_YEARLY, p("\\bsemi-?annual(?:ly)?\\b|\\bevery (?:six|6) months\\b|\\btwice a year\\b|半年付|半年缴|按半年|半年一付|半年一交"),
            Cadence.WEEKLY, p("\\bweekly\\b|\\bevery week\\b|\\beach week\\b|按周|周结|每周(?:付|交|缴|扣|结)"),
            Cadence.FORTNIGHTLY, p("\\bbi-?weekly\\b|\\bfortnightly\\b|\\bevery (?:two|2|other) weeks?\\b|两周(?:付|结)"),
            Cadence.MONTHLY, p("\\bmonthly\\b|\\b(?:every|each) month\\b|\\bend of (?:each|every|the) month\\b|按月|月付|月结|月缴"
                    + "|每(?:个)?月(?:付|交|缴|扣|结)"),
            Cadence.QUARTERLY, p("\\bquarterly\\b|\\bevery (?:three|3) months\\b|\\b(?:each|every) quarter\\b|按季|季付|季缴|季结"
                    + "|每(?:个)?季度?(?:付|交|缴|扣|结)"),
            Cadence.YEARLY, p("\\bannually\\b|\\byearly\\b|\\bannual (?:billing|plan|payment|subscription|contract|renewal)s?\\b|\\b(?:every|each) year\\b|\\bbilled annual\\b|按年|(?<!半)年付|(?<!半)年缴|年结"
                    + "|每年(?:付|交|缴|扣|结)"));
    /** The sentence is about being billed or paying. */
    private static final Pattern BILLING = p("\\bbill(?:s|ed|ing)?\\b|\\binvoic|\\bpa(?:y|id|ying|yment|yments)\\b|\\bcharge[sd]?\\b"
            + "|付|缴|交费|扣款|扣费|结算|账单|续费");
    /** Said to rule the cadence out, just before it: "不能按月付", "monthly isn't available", "no monthly billing". */
    private static final Pattern NEGATED_BEFORE = p("(?:不|没|无|别|不能|不可以|不支持|\\bno\\b|\\bnot\\b|\\bnever\\b|n't)[^，,。.;；]{0,6}$");
    private static final Pattern NEGATED_AFTER = p("^[^，,。.;；]{0,16}?(?:\\bis(?:n'?t| not)\\b|\\baren'?t\\b|\\bnot available\\b|不行|不可以|不支持|不能|没有|没|不)");

    private Cadences() {}

    /** ASCII word boundaries, as {@link PaymentChannels} reads them beside Chinese. */
    private static Pattern p(String regex) {
        return PaymentChannels.p(regex);
    }

    /** The cadences the card's sentences about paying give (its red lines and questions aside). */
    static Set<Cadence> ofCard(List<String> backingSentences) {
        Set<Cadence> out = EnumSet.noneOf(Cadence.class);
        for (String s : backingSentences) {
            if (BILLING.matcher(s).find() && !s.strip().matches("(?s).*[?？]$")) {
                out.addAll(said(s));
            }
        }
        return out;
    }

    /** The cadences said in the text and not ruled out. */
    private static Set<Cadence> said(String text) {
        return named(text, false);
    }

    /** The cadences the text names: those said or, with {@code ruledOut}, those it rules out ("Monthly isn't available"). */
    private static Set<Cadence> named(String text, boolean ruledOut) {
        Set<Cadence> out = EnumSet.noneOf(Cadence.class);
        for (var e : WORDS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                boolean negated = NEGATED_BEFORE.matcher(text.substring(0, m.start())).find() || NEGATED_AFTER.matcher(text.substring(m.end())).find();
                if (negated == ruledOut) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    static List<FactFlag> unbacked(Turn t, CardProfile card, List<FactFlag> flagged) {
        List<FactFlag> out = new ArrayList<>();
        if (card.cadences.isEmpty()) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            if (!BILLING.matcher(sentence).find() || flagged.stream().anyMatch(f -> sentence.contains(f.said()) || f.said().contains(sentence))
                    || sentence.strip().matches("(?s).*[?？]$")) {
                continue;
            }
            Set<Cadence> other = said(sentence);
            other.removeAll(card.cadences);
            // "Monthly isn't available on Pro anymore" where the card offers monthly billing (holdout3's english-support-04)
            Set<Cadence> denied = named(sentence, true);
            denied.retainAll(card.cadences);
            denied.removeAll(said(sentence));
            if (!other.isEmpty() || !denied.isEmpty()) {
                out.add(new FactFlag(t.index(), "cadence", sentence.strip(), "the card bills "
                        + String.join(" or ", card.cadences.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList())));
            }
        }
        return out;
    }
}
