package dev.rolecall.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Chinese numerals as digits so facts compare by value: 三十天 → 30天, 两小时 → 2小时,
 * 九五折 → 95折, 一三八一二三四五六七八 → 13812345678, 一百二十元 → 120元.
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");

    private ChineseNumbers() {}

    public static String normalize(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String replacement = convert(run, text, m.end());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String convert(String run, String text, int end) {
        boolean positional = run.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
        String next = end < text.length() ? text.substring(end, Math.min(end + 1, text.length())) : "";
        if (positional) {
            // digit by digit (phone numbers, 九五折) only for runs of 2+, or a single digit before a unit;
            // a lone 一 in 一对一 / 一次性 is a word, not a number
            if (run.length() == 1 && !UNIT_AFTER.matcher(next).lookingAt()) {
                return run;
            }
            StringBuilder sb = new StringBuilder();
            for (char c : run.toCharArray()) {
                sb.append(digit(c));
            }
            return sb.toString();
        }
        return String.valueOf(value(run));
    }

    private static final Pattern UNIT_AFTER = Pattern.compile("[天日周个小分秒年月折元块号倍]");

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i <= 1 ? 0 : i <= 3 ? i - 1 : i - 2; // 零〇 → 0, 一 → 1, 二两 → 2, 三..九 → 3..9
    }

    /** Value of a numeral with 十/百/千/万, e.g. 三十 = 30, 十五 = 15, 一百二十 = 120. */
    static long value(String run) {
        long total = 0;
        long section = 0;
        long current = 0;
        for (char c : run.toCharArray()) {
            switch (c) {
                case '十' -> {
                    section += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    section += current * 100;
                    current = 0;
                }
                case '千' -> {
                    section += current * 1000;
                    current = 0;
                }
                case '万' -> {
                    total += (section + current) * 10_000;
                    section = 0;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        return total + section + current;
    }
}
