package dev.rolecall.scoring;

import java.util.ArrayList;
import java.util.List;

/** Splits speech or card text into sentences (Chinese and English end marks, line breaks, list items). */
final class Sentences {
    private Sentences() {}

    static List<String> split(String text) {
        return split(text, "(?<=[。！？!?；;])|\\n|(?<=\\.)\\s+(?=[A-Z])");
    }

    /** Clauses: sentences cut at commas too, where one fact usually has its own context. */
    static List<String> clauses(String text) {
        return split(text, "(?<=[。！？!?；;，：])|(?<=[,:])(?!\\d)|\\n|(?<=\\.)\\s+(?=[A-Z])");
    }

    private static List<String> split(String text, String at) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(at)) {
            String s = part.replaceAll("^[\\s\\-*•>#\\d.)）、]+(?=\\S)", "").replaceAll("[“”\"「」]", "").strip();
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return out;
    }
}
