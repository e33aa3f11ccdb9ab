package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;

/** Splits speech or card text into sentences (Chinese and English end marks, line breaks, list items). */
final class Sentences {
    private Sentences() {}

    /** The text ends on a question mark: it asks ("Shall I send the quote now?"), it does not state or close. */
    static boolean endsAsking(String text) {
        return text.strip().matches("(?s).*[？?]$");
    }

    /** Compiled once: {@code String.split} compiles a pattern like these on every call (~9% of scoring's Java samples).
     *  A sentence may open on a bracketed label or an amount added: "…clogs within 30 days → free return. (B) cleaning + guards
     *  = $1,960", "kids <10 $16 (under 3 free). +18% service charge". */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[。！？!?；;])|\\n|(?<=\\.)\\s+(?=\\(?[A-Z]|\\+\\d)");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile(
            "(?<=[。！？!?；;，：→⇒｜|])|(?=•)|(?<=[,:])(?!\\d)(?!\\s*the\\s+[a-z-]+(?:st|nd|rd|th)\\b)|\\n|(?<=\\.)\\s+(?=\\(?[A-Z]|\\+\\d)");

    static List<String> split(String text) {
        return split(text, SENTENCE_END);
    }

    /** Clauses: sentences cut at commas too, where one fact usually has its own context (and at a terse rep's "｜"). */
    static List<String> clauses(String text) {
        return split(text, CLAUSE_END);
    }

    /** A clause said, not asked, with its sentence: what the checks of wording with no number read ("…顺手给您修了", "there's a … fee"). */
    record Stated(String sentence, String clause) {}

    private static final java.util.regex.Pattern CLAUSE_MARKS = java.util.regex.Pattern.compile("[，,、；;：:。！!]+$");

    /** The clauses of the text's sentences that do not end asking, their end marks dropped. */
    static List<Stated> stated(String text) {
        List<Stated> out = new ArrayList<>();
        for (String sentence : split(text)) {
            if (!endsAsking(sentence)) {
                for (String clause : clauses(sentence)) {
                    out.add(new Stated(sentence, CLAUSE_MARKS.matcher(clause.strip()).replaceAll("")));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile(
            "^[\\s\\-*•>#]*(?:\\d{1,2}(?:[.)）、](?!\\d)|\\s*[)）、])\\s*)?(?=\\S)");

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”\"「」]");

    private static List<String> split(String text, java.util.regex.Pattern at) {
        List<String> out = new ArrayList<>();
        for (String part : at.split(text)) {
            // list marks ("- ", "1. ", "2）") go; a number that starts the clause stays ("Filling alone: 45 minutes" → "45 minutes")
            String s = QUOTES.matcher(LIST_MARK.matcher(part).replaceFirst("").replace("**", "")).replaceAll("").strip();
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return out;
    }
}
