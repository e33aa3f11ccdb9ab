package dev.rolecall.agent.offline;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How the offline rep varies its wording around the card's script lines without changing them:
 * an acknowledgement said as a sentence of its own, a transition before a statement
 * ("另外，…", "Also, our line test found…" with the first word re-cased only when it is a common
 * word, never a name or "I"), and a lead-in before a Q&A answer. The script line itself is kept
 * word for word, so the scorer and the customer still recognise the step.
 */
final class RepWording {

    /** Sentence starters that are lower-cased after a transition; anything else (a name, "I", "FiberLink") is left alone. */
    private static final Set<String> COMMON_STARTERS = Set.of("our", "the", "you", "your", "we", "if", "this", "that", "there",
            "it", "someone", "everything", "all", "each", "a", "an", "since", "because", "when", "once", "after", "before",
            "as", "just", "most", "no", "nothing", "any");
    private static final List<String> ZH_TRANSITIONS = List.of("另外，", "还有，", "接下来，", "然后，", "再跟您说一下，", "顺便说一下，", "补充一点，");
    private static final List<String> EN_TRANSITIONS = List.of("Also, ", "Next, ", "One more thing: ", "And ", "By the way, ", "Just so you know, ");
    private static final List<String> ZH_ANSWER_LEADS = List.of("是这样的，", "跟您说一下，", "关于这个，", "这个您放心，", "您问得好，");
    private static final List<String> EN_ANSWER_LEADS = List.of("Good question. ", "Sure. ", "Happy to explain. ", "Fair question. ",
            "Glad you asked. ", "Of course. ", "Let me answer that. ", "Sure. ");

    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile("^(?:"
            + String.join("|", java.util.stream.Stream.of(ZH_TRANSITIONS, EN_TRANSITIONS, ZH_ANSWER_LEADS, EN_ANSWER_LEADS)
                    .flatMap(List::stream).map(java.util.regex.Pattern::quote).toList()) + ")");

    /**
     * The sentence without the lead-in this class put before it ("另外，" + a script line, "Good question. " + an answer):
     * what it means is the line's meaning, so it is compared (and embedded) as the line, not as a new text.
     */
    static String withoutLead(String sentence) {
        java.util.regex.Matcher m = LEAD.matcher(sentence);
        if (!m.find() || m.end() >= sentence.length()) {
            return sentence;
        }
        String rest = sentence.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private final Lang lang;
    private final SplittableRandom random;

    RepWording(Lang lang, SplittableRandom random) {
        this.lang = lang;
        this.random = random;
    }

    /** The line with a transition before it, or the line as written when it cannot take one. */
    String withTransition(String line) {
        if (lang == Lang.ZH) {
            // a question (often the call's purpose: "您确认办理吗？") is not introduced as an aside ("顺便说一下，")
            return line.startsWith("您好") || Speech.isQuestion(line) ? line : Phrases.pick(ZH_TRANSITIONS, random) + line;
        }
        if (line.endsWith("?") || line.matches("(?is).*\\b(?:also|too)\\b.*")) {
            return line; // "Also, shall I…?" and "Also, you can also…" read wrong; such lines keep their own start
        }
        int sp = line.indexOf(' ');
        String first = sp < 0 ? line : line.substring(0, sp);
        if (!COMMON_STARTERS.contains(first.toLowerCase(java.util.Locale.ROOT)) || !Character.isUpperCase(first.charAt(0))) {
            return line;
        }
        return Phrases.pick(EN_TRANSITIONS, random) + Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }

    /** A Q&A answer with a lead-in, sometimes: not before a plain yes/no, which must come first. */
    String answerLead(String answer) {
        // an answer that opens with its own yes or no takes no lead: "Sure. Not once it's dry." read as a yes (review 29)
        if (random.nextInt(2) != 0 || answer.matches("(?s)^(?:是|对|不|没有|可以|能|会|Yes|No|Not|Never|None|Nothing|Sure)\\b.*|^(?:是|对|不|没|可以|能|会).*")) {
            return answer;
        }
        return Phrases.pick(lang == Lang.ZH ? ZH_ANSWER_LEADS : EN_ANSWER_LEADS, random) + answer;
    }
}
