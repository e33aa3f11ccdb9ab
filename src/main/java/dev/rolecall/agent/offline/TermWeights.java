package dev.rolecall.agent.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-card IDF of content units (Han bigrams, English stems) over the card's Q&A entries and
 * script lines. A word every entry uses ("续费" on a renewal card, "客服") says little about which
 * entry a question is about; a word no entry uses ("换人") is what the question is really about,
 * and no entry answers it.
 */
final class TermWeights {
    /** Generic words that ask about the value or state of a topic, not a topic of their own (zh bigrams, English stems). */
    private static final Set<String> VALUE_WORDS = Set.of("变动", "变化", "调整", "多少", "怎么", "如何", "情况", "具体", "现在", "目前",
            "chang", "adjus", "much", "many", "curre", "now", "work");
    private final Map<String, Integer> df = new HashMap<>();
    private final int docs;

    TermWeights(List<Set<String>> documents) {
        this.docs = documents.size();
        for (Set<String> d : documents) {
            d.forEach(u -> df.merge(u, 1, Integer::sum));
        }
    }

    /** log((N + 1) / (df + 0.5)): highest for a unit the card never uses. */
    double weight(String unit) {
        return Math.log((docs + 1.0) / (df.getOrDefault(unit, 0) + 0.5));
    }

    /** The share of the question's weight that the entry carries: 0 (none of its words) to 1 (all of them). */
    double coverage(Set<String> question, Set<String> entry) {
        double all = 0;
        double shared = 0;
        for (String u : question) {
            if (VALUE_WORDS.contains(u)) {
                continue; // "有没有变动", "how much": asks for the value of the topic, which an entry on that topic gives
            }
            double w = weight(u);
            all += w;
            if (entry.contains(u)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }
}
