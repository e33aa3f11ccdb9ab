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

    static List<String> split(String text) {
        return split(text, "(?<=[。！？!?；;])|\\n|(?<=\\.)\\s+(?=[A-Z])");
    }

    /** Clauses: sentences cut at commas too, where one fact usually has its own context. */
    static List<String> clauses(String text) {
        return split(text, "(?<=[。！？!?；;，：])|(?<=[,:])(?!\\d)(?!\\s*the\\s+[a-z-]+(?:st|nd|rd|th)\\b)|\\n|(?<=\\.)\\s+(?=[A-Z])");
    }

    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile(
            "^[\\s\\-*•>#]*(?:\\d{1,2}(?:[.)）、](?!\\d)|\\s*[)）、])\\s*)?(?=\\S)");

    private static List<String> split(String text, String at) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(at)) {
            // list marks ("- ", "1. ", "2）") go; a number that starts the clause stays ("Filling alone: 45 minutes" → "45 minutes")
            String s = LIST_MARK.matcher(part).replaceFirst("").replace("**", "").replaceAll("[“”\"「」]", "").strip();
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return out;
    }
}
