package dev.rolecall.scoring;

import dev.rolecall.card.EndCondition;
import dev.rolecall.transcript.Turn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Call-backs said not to exist on a card that ends a call with one: "我们这边不约回电的", "We don't really do follow-up calls,
 * it's now or the waitlist" where the caller's condition 2 is the customer wanting time and a call-back agreed. A pressure
 * line with no number and no card sentence near it; four labelled misses in four sets.
 */
final class CallBacksDenied {
    private static final Pattern DENIED = Pattern.compile("不(?:约|做|打|安排|给)(?:回电|回访|回头电话)|不(?:再)?(?:给您|给你)?回电|没有回访|不回访"
            + "|\\b(?:don'?t|do not|doesn'?t|can'?t|cannot|won'?t|never) (?:really |usually )?(?:do|make|schedule|offer|book|give|set up)"
            + " (?:follow-?up calls?|call-?backs?|return calls?)\\b|\\bno (?:call-?backs?|follow-?up calls?)\\b|\\b(?:can'?t|cannot|won'?t) call (?:you )?back\\b",
            Pattern.CASE_INSENSITIVE);
    /** The ending's own words for calling again, and a follow-up call ("We don't really do follow-up calls"). */
    private static final Pattern CALL_AGAIN = Pattern.compile(ChoiceEvidence.CALL_AGAIN.pattern() + "|\\bfollow-?up call\\b",
            Pattern.CASE_INSENSITIVE);

    private CallBacksDenied() {}

    /** The caller's end condition that closes with a call-back, or null. Read once per card. */
    static String ofCard(List<EndCondition> conditions) {
        return conditions.stream().map(EndCondition::text).filter(c -> CALL_AGAIN.matcher(c).find()).findFirst().orElse(null);
    }

    static List<FactFlag> in(Turn t, CardProfile card, List<FactFlag> flagged) {
        if (card.callBackCondition == null) {
            return List.of();
        }
        for (String sentence : Sentences.split(t.text())) {
            for (String clause : Sentences.clauses(sentence)) {
                if (DENIED.matcher(clause).find() && !Sentences.endsAsking(clause) && !FactFlag.covered(flagged, clause)) {
                    return List.of(new FactFlag(t.index(), "claim", clause.strip(), "nearest: " + card.callBackCondition));
                }
            }
        }
        return List.of();
    }
}
