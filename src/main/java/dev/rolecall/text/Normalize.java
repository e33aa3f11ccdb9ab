package dev.rolecall.text;

import java.util.regex.Pattern;

/** Text normalisation shared by matching code: width, punctuation, whitespace, case. */
public final class Normalize {

    private static final Pattern NOISE = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s“”「」『』‘’…—～]+");

    private Normalize() {}

    /** Full-width to half-width, lower case, punctuation and spaces removed. */
    public static String forMatching(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            } else if (c == '　') {
                c = ' ';
            }
            sb.append(Character.toLowerCase(c));
        }
        return NOISE.matcher(sb).replaceAll("");
    }
}
