package dev.rolecall.scoring;

import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time promised to the minute where the card gives none: "I'll have the driver there at 7 sharp", "8:15 on the dot",
 * "安检员九点整准时到您家". The clock time itself is usually the card's own (the start of its window), so the fact check
 * passes it; what the card does not give is the exactness. On the labelled sets every such caller clause was a labelled
 * wrong fact (13 of 13, 9 of them unread before). Not counted where the card itself times something this way ("classes
 * start at 9 sharp", "九点整开始").
 */
final class ExactArrivals {
    private static final Pattern EXACT = Pattern.compile("(?:\\d{1,2}(?::\\d{2})?|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve))(?:\\s*o'clock)?\\s*(?:sharp|on the dot)\\b|[点时]整", Pattern.CASE_INSENSITIVE);

    private ExactArrivals() {}

    /** Whether the card itself times something to the minute: read once per card, not at every caller turn. */
    static boolean givenBy(String callerText) {
        return EXACT.matcher(ChineseNumbers.normalize(callerText)).find();
    }

    static List<FactFlag> in(Turn t, CardProfile card) {
        List<FactFlag> out = new ArrayList<>();
        if (card.timesExactly) {
            return out;
        }
        for (String sentence : Sentences.split(t.text())) {
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = EXACT.matcher(ChineseNumbers.normalize(clause));
                if (m.find()) {
                    out.add(new FactFlag(t.index(), "promise", clause.strip(), "a time to the minute it does not give"));
                }
            }
        }
        return out;
    }
}
