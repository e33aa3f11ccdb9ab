package dev.rolecall.scoring;

import dev.rolecall.text.EnglishNumbers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a short English question is about, by its words. bge-small-zh places "And the price?" and "how billing
 * works now?" at 0.52–0.65 from every English Q&A question alike (measured on english-support), so its nearest
 * entry is close to a coin toss. A reviewer maps them by topic: price to "How much is the renewal?", billing to
 * "Will I be charged twice again?". The topics here are the ones every service call has (money, billing,
 * contact, cancelling, safety; not time words, which every question about a date or a wait has); anything else is matched by its own content words.
 */
final class EnglishTopics {
    private record Topic(String name, Pattern words) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic("#cost", Pattern.compile("\\b(price[sd]?|pricing|costs?|how much|money|fees?|expensive|cheap(er)?|afford|discount(ed)?"
                    + "|dollars?|quote)\\b|\\$\\s?\\d")),
            new Topic("#billing", Pattern.compile("\\b(bill(s|ed|ing)?|invoice[sd]?|invoicing|charged?|charges|double|twice|pay(ing|ment)?"
                    + "|card|transfer)\\b")),
            new Topic("#contact", Pattern.compile("\\b(reach|contact|phone number|hotline|call (you|back)|e-?mail address|support line)\\b")),
            // "Do I get anything back for this week?" asks "Can I get a refund for the slow days?" (holdout58's isp-visit-02)
            new Topic("#cancel", Pattern.compile("\\b(cancel(led|ling|lation)?|refund(ed|s)?|money back|reschedul\\w*|compensat\\w*"
                    + "|(get|getting|give (me|us)) (anything|something|any ?thing|some money|it) back)\\b")),
            // "It's not going to blow up on me, is it?" asks the furnace card's "Is it dangerous?"
            new Topic("#safety", Pattern.compile("\\b(danger(ous)?|safe(ty)?|unsafe|blow(s|ing)? up|explod\\w*|hazard(ous)?|harm(ful)?|risky)\\b")));

    /** Words that carry no topic of their own in a phone call. */
    private static final Set<String> STOP = Set.of("about", "again", "also", "anything", "been", "being", "come", "could", "does",
            "doing", "done", "from", "going", "have", "here", "into", "just", "know", "like", "make", "more", "much", "need", "only",
            "okay", "really", "right", "said", "should", "some", "sure", "tell", "than", "that", "them", "then", "there", "these",
            "they", "thing", "think", "this", "those", "want", "what", "when", "where", "which", "while", "will", "with", "work",
            "works", "would", "your", "yours", "quick", "happen", "happens", "mean", "means", "still", "kind", "else", "actually");

    private EnglishTopics() {}

    /** True when the text is mostly English words (no Chinese). */
    static boolean english(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        return letters > 0 && latin * 10 >= letters * 9;
    }

    /** The text's topics and stemmed content words (number words are values, not topics). */
    static Set<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (Topic t : TOPICS) {
            var m = t.words().matcher(lower);
            if (m.find()) {
                out.add(t.name());
                lower = m.replaceAll(" "); // "price" is the #cost topic, not a second point besides it
            }
        }
        for (String w : lower.split("[^a-z]+")) {
            if (w.length() >= 4 && !STOP.contains(w) && !EnglishNumbers.numberWord(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static Set<String> topicsOnly(Set<String> terms) {
        Set<String> out = new HashSet<>(terms);
        out.removeIf(t -> !t.startsWith("#"));
        return out;
    }

    /** Crude suffix stripping: "seats" and "seat", "renewing" and "renew" meet; good enough to compare two short texts. */
    static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /**
     * How well each Q&A entry fits a question by topic: a topic or a word of the entry's question counts two, a topic
     * of its answer one ("And the price?" fits "How much is the renewal?" over "Can we reduce the number of seats?",
     * whose answer names a price). A word of the card's subject, in more than one entry ("recall" on a recall card),
     * tells the entries apart no better than the embedding: "What's the recall?" is not "Are there any other recalls?".
     */
    static int[] fits(String question, Entries entries) {
        Set<String> asked = of(question);
        int[] out = new int[entries.questions().size()];
        for (int e = 0; e < out.length; e++) {
            Set<String> q = new HashSet<>(entries.questions().get(e));
            q.retainAll(asked);
            Set<String> a = new HashSet<>(entries.answers().get(e));
            a.retainAll(asked);
            a.removeAll(q);
            out[e] = 2 * q.size() + a.size();
        }
        return out;
    }

    /**
     * A card's Q&A by topic, read once per card: per entry, the topics and words of its question that no other entry
     * has, and the topics of its answer.
     */
    record Entries(List<Set<String>> questions, List<Set<String>> answers) {}

    static Entries entries(List<dev.rolecall.card.QaPair> qa) {
        List<Set<String>> questions = qa.stream().map(e -> of(e.question())).toList();
        List<Set<String>> answers = qa.stream().map(e -> of(e.answer())).toList();
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (int e = 0; e < qa.size(); e++) {
            Set<String> all = new HashSet<>(questions.get(e));
            all.addAll(answers.get(e));
            all.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        List<Set<String>> own = questions.stream().map(q -> {
            Set<String> kept = new HashSet<>(q);
            kept.removeIf(w -> !w.startsWith("#") && df.get(w) > 1);
            return Set.copyOf(kept);
        }).toList();
        return new Entries(own, answers.stream().map(a -> Set.copyOf(topicsOnly(a))).toList());
    }
}
