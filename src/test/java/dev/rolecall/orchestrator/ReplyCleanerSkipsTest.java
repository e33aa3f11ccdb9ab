package dev.rolecall.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplyCleaner#clean} skips a pattern on a text without a character the pattern needs; this runs random texts
 * made of those characters (and plain ones) through the cleaner as it was before the skips, kept here verbatim, and
 * through the real one: the same text and the same flags.
 */
class ReplyCleanerSkipsTest {

    private static final String[] PIECES = {"李明", "张强", "客服", "客户", "Li", "Ming", "：", ":", " ", "  ", "\t", "\n",
        "\n\n", "\r", "*", "**", "_", "__", "`", "#", "## ", "- ", "+ ", "> ", "1. ", "2) ", "3", "（", "）", "(", ")", "[",
        "]", "【", "】", "微笑", "笑", "您好", "。", "！", "？", "!", "?", ".", "…", "\"", "”", "」", "~", "～", "好的",
        "Hello", "there", "123", "(555) 123", "（010）", "END", "-"};

    @Test
    void sameTextAndFlagsAsTheUnconditionalCleaner() {
        List<String> self = List.of("李明", "客服", "Li Ming");
        List<String> other = List.of("张强", "客户", "Zhang");
        ReplyCleaner cleaner = new ReplyCleaner(self, other);
        Old old = new Old(self, other);
        Random r = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            CleanedReply want = old.clean(text);
            CleanedReply got = cleaner.clean(text);
            assertEquals(want.text(), got.text(), text);
            assertEquals(want.flags(), got.flags(), text);
        }
    }

    /** ReplyCleaner.clean before the skips (b61d6d4), every pattern on every text. */
    private static final class Old {
        private static final Pattern STAGE = Pattern.compile(
                "(?![（(][\\d\\s+\\-]+[）)])(?:（[^（）]{0,40}）|\\([^()]{0,40}\\))|\\[[^\\[\\]]{0,40}]|【[^【】]{0,40}】"
                + "|\\*[^*\\n]{1,40}\\*(?!\\*)");
        private static final Pattern MD_PREFIX = Pattern.compile("(?m)^\\s*(?:#{1,6}\\s+|[-*+]\\s+|>\\s*|\\d+[.)]\\s+)");
        private static final Pattern MD_INLINE = Pattern.compile("\\*\\*|__|`+");
        private static final Pattern NEWLINES = Pattern.compile("\\s*\\n+\\s*");
        private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
        private final List<Pattern> selfLabels;
        private final List<Pattern> otherLabels;

        Old(List<String> selfLabels, List<String> otherLabels) {
            this.selfLabels = selfLabels.stream().map(l -> labelPattern(l, true)).toList();
            this.otherLabels = otherLabels.stream().map(l -> labelPattern(l, false)).toList();
        }

        CleanedReply clean(String raw) {
            Set<String> flags = new LinkedHashSet<>();
            String text = raw == null ? "" : raw.replace("\r", "").strip();
            int cut = otherSideStart(text);
            if (cut >= 0) {
                text = text.substring(0, cut);
                flags.add(ReplyCleaner.SPOKE_FOR_OTHER_SIDE);
            }
            String unlabelled = stripLeadingLabel(text, selfLabels);
            if (!unlabelled.equals(text)) {
                flags.add(ReplyCleaner.SPEAKER_LABEL);
                text = unlabelled;
            }
            String plain = MD_INLINE.matcher(MD_PREFIX.matcher(text).replaceAll("")).replaceAll("");
            if (!plain.equals(text)) {
                flags.add(ReplyCleaner.MARKDOWN);
                text = plain;
            }
            String spoken = STAGE.matcher(text).replaceAll("");
            if (!spoken.equals(text)) {
                flags.add(ReplyCleaner.STAGE_DIRECTION);
                text = spoken;
            }
            text = SPACES.matcher(NEWLINES.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
            String again = stripLeadingLabel(text, selfLabels);
            if (!again.equals(text)) {
                flags.add(ReplyCleaner.SPEAKER_LABEL);
                text = again;
            }
            return new CleanedReply(text, new ArrayList<>(flags));
        }

        private int otherSideStart(String text) {
            int best = -1;
            for (Pattern label : otherLabels) {
                Matcher m = label.matcher(text);
                while (m.find()) {
                    if (m.start() == 0 || "\n。！？!?.…~～\"”」 ".indexOf(text.charAt(m.start() - 1)) >= 0) {
                        best = best < 0 ? m.start() : Math.min(best, m.start());
                        break;
                    }
                }
            }
            return best;
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
    }
}
