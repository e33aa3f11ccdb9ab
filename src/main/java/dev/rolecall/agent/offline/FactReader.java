package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The callee's background read as facts of its own: each clause put the way the person would state
 * it (first person, short), persona descriptions, feelings and connective clauses left out. Split out
 * of {@link CardIndex} and {@link Speech}. Generic Chinese and English rules; nothing of one card.
 */
final class FactReader {
    private FactReader() {}

    /** A clause about how the person feels or what they are like is a description, not a fact to state. */
    private static final Pattern FEELING = Pattern.compile("紧张|在意|讨厌|喜欢|压力|不信任|焦|烦|担心|怕|犹豫|习惯|性格|敏感|"
            + "\\b(?:annoyed|distrustful|worried|likes?|hates?|feels?|nervous)\\b", Pattern.CASE_INSENSITIVE);
    static final int MAX_FACTS = 64;

    /** Background clauses the callee can state as its own, first person, short; persona descriptions left out. */
    static List<CardIndex.Fact> facts(Card card, Lang lang) {
        return facts(card, lang, "");
    }

    /** As {@link #facts(Card, Lang)}, with how the card refers to the person ("he", "she", or "" for either). */
    static List<CardIndex.Fact> facts(Card card, Lang lang, String pronoun) {
        List<CardIndex.Fact> out = new ArrayList<>();
        String self = card.callee().name();
        java.util.Set<String> names = names(card.callee().raw());
        String text = card.callee().background();
        for (String line : text.split("\n")) {
            if (out.size() >= MAX_FACTS) {
                break; // a person has a handful of facts to state; a 5 MB background is hostile input, not 100,000 facts
            }
            String l = line.replaceAll("^\\s*-\\s*", "").trim();
            if (l.matches("^(?:性格|画像|personality|character|temperament)[^：:]{0,6}[：:].*")) {
                continue;
            }
            for (String clause : l.split("[，,；;。]|\\.\\s+|;\\s*")) {
                String sp = factAsSpeech(clause, self, lang == Lang.ZH, pronoun, names);
                // a clause that only continues the one before ("所以对手续费很敏感") is no fact on its own
                if (sp != null && !FEELING.matcher(sp).find() && !sp.matches("^(?:所以|因此|但是?|而且|并且|于是|因为|so|but|and)\\b.*|^(?:所以|因此|但|而且|并且|于是|因为).*")) {
                    out.add(new CardIndex.Fact(sp, Speech.units(sp)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A clause of the callee's background as the callee would state it (first person, short),
     * or null. "住幸福里小区5栋1201" → "住幸福里小区5栋1201"; "Manages 40 seats" → "I manage 40 seats".
     */
    static String factAsSpeech(String clause, String selfName, boolean zh) {
        return factAsSpeech(clause, selfName, zh, "", java.util.Set.of());
    }

    /** Capitalised words the card uses mid-sentence: names ("his wife Carol"), kept capitalised at the start of a fact. */
    static java.util.Set<String> names(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = Pattern.compile("(?<=[a-z,] )([A-Z][a-z]+)\\b").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String factAsSpeech(String clause, String selfName, boolean zh, String pronoun, java.util.Set<String> names) {
        String c = clause.replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("^[^：:]{1,8}[：:]", "").trim()
                .replaceAll("[。.，,；;]+$", "");
        if (c.isEmpty() || Speech.META.matcher(c).find()) {
            return null;
        }
        if (zh) {
            if (!selfName.isBlank()) {
                c = c.replace(selfName, "我");
            }
            c = c.replaceAll("^(?:他|她)", "我").replaceAll("(?:他|她)(?=的)", "我");
            return c.length() >= 3 && c.length() <= 22 ? c : null;
        }
        if (!selfName.isBlank()) {
            c = c.replace(selfName, "I");
        }
        c = Speech.swapPronounsEn(c, pronoun);
        String[] words = c.split("\\s+");
        if (words.length < 2 || words.length > 14) {
            return null;
        }
        String first = words[0];
        if (first.matches("(?i)then|and|but|so|which|who|or|while|because|although|though|until|when|after|before")) {
            return null; // "…every time it starts, then settles down": the rest of a sentence, no fact of its own
        }
        if (first.equalsIgnoreCase("Is")) {
            c = "I'm" + c.substring(2);
        } else if (first.equalsIgnoreCase("Has")) { // "…; has been on both for years" → "I have been on both for years"
            c = "I have" + c.substring(3);
        } else if (first.matches("[A-Z][a-z]+(?<!s)s|(?:drive|work|live|own|run|pay|use|take|get|need|want|play|teach|volunteer|travel|commute"
                + "|cook|care|look|walk|rent|share|cover|handle|manage|coach)s") && !first.matches("(?i)this|his|its|was|us")) {
            // "…; drives for Uber some evenings" (a clause after a semicolon starts lower case) is "I drive…", as "Drives…" is
            c = "I " + first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1, first.length() - 1)
                    + c.substring(first.length());
        } else if (first.matches("(?i)hasn'?t|doesn'?t|isn'?t")) {
            // "Hasn't been to the dentist since March 2024" → "I haven't been…"
            String neg = switch (first.toLowerCase(Locale.ROOT).replace("'", "")) {
                case "hasnt" -> "I haven't";
                case "doesnt" -> "I don't";
                default -> "I'm not";
            };
            c = neg + c.substring(first.length());
        } else if (first.matches("(?i)married|retired|divorced|single|based|employed|self-employed|unemployed")) {
            c = "I'm " + first.toLowerCase(Locale.ROOT) + c.substring(first.length()); // "Married with two kids" → "I'm married…"
        } else if (first.matches("(?i)did|didn'?t|tore|kept|had|hadn'?t|went|got|made|lost|bought|paid|saw|took|broke|hurt|fell|left|"
                + "forgot|found|heard|thought|knew|sent|spent|told|won|ran|came|[a-z]+ed")) {
            // "Did not know a freeze existed", "Tore a meniscus…", "Kept meaning to book" → "I did not know…"
            c = "I " + first.toLowerCase(Locale.ROOT) + c.substring(first.length());
        } else if (first.matches("(?i)already|also|still|recently|just|never|often|usually")) {
            c = "I " + first.toLowerCase(Locale.ROOT) + c.substring(first.length()); // "Already lost a call…" → "I already lost a call…"
        } else if (first.length() > 1 && Character.isUpperCase(first.charAt(0)) && Character.isLowerCase(first.charAt(1))
                && !names.contains(first.replaceAll("[^A-Za-z]", ""))) { // "Carol usually handles…" keeps its capital
            c = Speech.lowerFirst(c); // and a weekday or month: "Saturday May 17 is my sister's wedding"
        }
        c = c.replaceAll("\\band has\\b", "and have").replaceAll("\\band is\\b", "and am").replaceAll("\\band works\\b", "and work");
        // a note with no subject or verb is no sentence to say: "Identity: the person who placed the order", "on his lunch
        // break…, about ten minutes free" came out as "By the way, the person who placed the order." (the seventh review)
        String head = c.split("\\s+")[0].replaceAll("[^A-Za-z']", "");
        return SUBJECT.matcher(c).find() || names.contains(head) || VERB_EARLY.matcher(c).find() ? c : null;
    }

    private static final Pattern SUBJECT = Pattern.compile("^(?:I|I'm|I've|I'd|I'll|my|we|we're|we've|our|it|it's|there|he|she|they|his|her|their)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_EARLY = Pattern.compile("^(?:\\S+\\s+){0,3}(?:is|are|was|were|has|have|had|does|do|did|can|will|won't|isn't"
            + "|aren't|works?|lives?|needs?|wants?|uses?|owns?|goes|gets?|drives?|pays?|runs?|takes?|comes?|starts?|ends?)\\b",
            Pattern.CASE_INSENSITIVE);

}
