package dev.rolecall.agent.offline;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readings of utterances shared by both offline agents. */
final class Utterances {
    private static final Pattern QUESTION = Pattern.compile("[？?]|吗|呢|多少|能否|能不能|可不可以|是否|怎么|什么|哪|几|\\b(how|what|when|can|will|is|do)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPATIENT = Pattern.compile("快|直接|别|没空|忙|赶紧|简单|重点|效率|不要再|长话短说|quick|hurry|just|busy|point|short",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.:-]*\\d|\\d");

    private Utterances() {}

    /** An offline reply with the time it took to compose. */
    static dev.rolecall.agent.Reply timed(java.util.function.Supplier<String> compose) {
        long t0 = System.nanoTime();
        String text = compose.get();
        return dev.rolecall.agent.Reply.offline(text, (System.nanoTime() - t0) / 1_000_000);
    }

    static String lastOf(List<Turn> history, Role role) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).speaker() == role) {
                return history.get(i).text();
            }
        }
        return "";
    }

    static boolean isQuestion(String text) {
        return QUESTION.matcher(text).find();
    }

    static boolean impatient(String text) {
        return IMPATIENT.matcher(text).find();
    }

    /** Whether {@code said} repeats one of the numbers in {@code source} (prices, days, phone numbers). */
    static boolean sharesNumber(String said, String source) {
        Matcher m = NUMBER.matcher(source);
        while (m.find()) {
            if (said.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The first clauses up to about {@code maxChars}, for an impatient listener; always at least one clause. */
    static String firstSentences(String text, int maxChars) {
        String[] parts = text.split("(?<=[。！？!?；;，,])|(?<=\\. )");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0 && sb.length() + p.length() > maxChars) {
                break;
            }
            sb.append(p);
        }
        String out = sb.toString().trim();
        return out.replaceAll("[，,；;]$", out.matches(".*\\p{IsHan}.*") ? "。" : ".");
    }
}
