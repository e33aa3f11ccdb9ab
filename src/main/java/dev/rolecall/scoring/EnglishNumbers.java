package dev.rolecall.scoring;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites English number words as digits before a unit: "thirty days" → "30 days", "fifteen percent" → "15%". */
final class EnglishNumbers {
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|thousand|and|a)";
    /** Only numbers followed by a unit or "percent": "one invoice" stays words. */
    private static final Pattern NUMBER = Pattern.compile("\\b(" + WORD + "(?:[\\s-]+" + WORD + ")*)\\s*(?=(percent|per cent"
            + "|%|days?|hours?|minutes?|weeks?|months?|years?|seats?|times|business days)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_WORD = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:percent|per cent)\\b",
            Pattern.CASE_INSENSITIVE);

    private EnglishNumbers() {}

    static String normalize(String text) {
        if (text.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
            return text;
        }
        Matcher m = NUMBER.matcher(text);
        String s = m.replaceAll(r -> {
            Long v = value(r.group(1));
            return v == null ? Matcher.quoteReplacement(r.group()) : v + " ";
        });
        return PERCENT_WORD.matcher(s).replaceAll("$1%");
    }

    /** "twenty-five" → 25, "a hundred" → 100, "one thousand two hundred" → 1200; null when not a number. */
    private static Long value(String words) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("a")) {
                current = Math.max(current, 1);
                continue;
            }
            int small = SMALL.indexOf(w);
            int tens = TENS.indexOf(w);
            if (small >= 0) {
                current += small;
            } else if (tens >= 2) {
                current += tens * 10L;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (w.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                return null;
            }
            any = any || small >= 0 || tens >= 2 || w.equals("hundred") || w.equals("thousand");
        }
        return any ? total + current : null;
    }
}
