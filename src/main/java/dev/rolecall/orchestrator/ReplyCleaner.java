package dev.rolecall.orchestrator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's reply into what a person would actually say on the phone. Models add speaker
 * labels, stage directions and markdown, and sometimes write the other side's answer too; each of
 * these is removed and flagged so scoring and prompt authors can see how often it happens.
 */
public final class ReplyCleaner {

    public static final String SPEAKER_LABEL = "speaker_label";
    public static final String STAGE_DIRECTION = "stage_direction";
    public static final String MARKDOWN = "markdown";
    public static final String SPOKE_FOR_OTHER_SIDE = "spoke_for_other_side";

    /** An aside in brackets or asterisks; not one that holds only a number, as an area code does: "(617) 555-0148". */
    private static final Pattern STAGE = Pattern.compile(
            "(?![（(][\\d\\s+\\-]+[）)])(?:（[^（）]{0,40}）|\\([^()]{0,40}\\))|\\[[^\\[\\]]{0,40}]|【[^【】]{0,40}】"
            + "|\\*[^*\\n]{1,40}\\*(?!\\*)");
    private static final Pattern MD_PREFIX = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s+|[-*+]\\s+|>\\s*|\\d+[.)]\\s+)");
    private static final Pattern MD_INLINE = Pattern.compile("\\*\\*|__|`+");
    // compiled once: String.replaceAll compiles its pattern at every call, and clean() runs between a reply and the
    // next request of every step (issue 13: the client's gap per step)
    private static final Pattern NEWLINES = Pattern.compile("\\s*\\n+\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    /** Label patterns compiled once per cleaner, not once per reply (compiling them was a fifth of an offline call's time). */
    private final List<Pattern> selfLabels;
    private final List<Pattern> otherLabels;

    /**
     * @param selfLabels  names this side might prefix its line with (its name, its role words)
     * @param otherLabels names of the other side; a line starting with one means the model went on
     *                    to speak for them
     */
    public ReplyCleaner(List<String> selfLabels, List<String> otherLabels) {
        this.selfLabels = nonBlank(selfLabels).stream().map(l -> labelPattern(l, true)).toList();
        this.otherLabels = nonBlank(otherLabels).stream().map(l -> labelPattern(l, false)).toList();
    }

    public CleanedReply clean(String raw) {
        Set<String> flags = new LinkedHashSet<>();
        String text = raw == null ? "" : raw.replace("\r", "").strip();

        // each pattern runs only on a text holding a character it cannot match without (a colon for the speaker
        // labels, and so on): the same result, and a plain reply, the usual one, is not scanned ten times between
        // a reply and the next request (issue 13, the client's gap per step)
        boolean colon = hasAny(text, ":：");
        int cut = colon ? otherSideStart(text) : -1;
        if (cut >= 0) {
            text = text.substring(0, cut);
            flags.add(SPOKE_FOR_OTHER_SIDE);
        }
        String unlabelled = colon ? stripLeadingLabel(text, selfLabels) : text;
        if (!unlabelled.equals(text)) {
            flags.add(SPEAKER_LABEL);
            text = unlabelled;
        }
        String plain = text;
        if (hasAny(plain, "#-*+>0123456789")) {
            plain = MD_PREFIX.matcher(plain).replaceAll("");
        }
        if (hasAny(plain, "*_`")) {
            plain = MD_INLINE.matcher(plain).replaceAll("");
        }
        if (!plain.equals(text)) {
            flags.add(MARKDOWN);
            text = plain;
        }
        String spoken = hasAny(text, "（([【*") ? STAGE.matcher(text).replaceAll("") : text;
        if (!spoken.equals(text)) {
            flags.add(STAGE_DIRECTION);
            text = spoken;
        }
        if (text.indexOf('\n') >= 0) {
            text = NEWLINES.matcher(text).replaceAll(" ");
        }
        if (hasAny(text, " \t")) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        text = text.strip();
        // a label may also follow a stage direction: "（微笑）李明：您好"
        String again = hasAny(text, ":：") ? stripLeadingLabel(text, selfLabels) : text;
        if (!again.equals(text)) {
            flags.add(SPEAKER_LABEL);
            text = again;
        }
        return new CleanedReply(text, new ArrayList<>(flags));
    }

    /** Whether {@code text} holds any of {@code chars}. */
    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int otherSideStart(String text) {
        int best = -1;
        for (Pattern label : otherLabels) {
            Matcher m = label.matcher(text);
            while (m.find()) {
                if (m.start() == 0 || isBoundary(text.charAt(m.start() - 1))) {
                    best = best < 0 ? m.start() : Math.min(best, m.start());
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isBoundary(char c) {
        return c == '\n' || "。！？!?.…~～\"”」 ".indexOf(c) >= 0;
    }

    private static String stripLeadingLabel(String text, List<Pattern> labels) {
        for (Pattern label : labels) {
            Matcher m = label.matcher(text);
            if (m.find()) {
                return text.substring(m.end()).strip();
            }
        }
        return text;
    }

    private static Pattern labelPattern(String label, boolean anchored) {
        String core = "[*_]{0,2}\\s*" + Pattern.quote(label) + "\\s*[*_]{0,2}\\s*[:：]\\s*";
        return Pattern.compile(anchored ? "^\\s*" + core : core);
    }

    private static List<String> nonBlank(List<String> labels) {
        return labels.stream().filter(l -> l != null && !l.isBlank()).distinct().toList();
    }
}
