package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.orchestrator.ReplyCleaner;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A phone call is heard, not read: a caller turn written as a page (bold, bullet or numbered lines,
 * headings) is a list read aloud, and customers say so ("你这跟念公告似的", "Whoa, that's a lot").
 * A log shows it in its text; rolecall's own transcripts have it stripped by the reply cleaner and
 * keep the cleaner's flag, which counts the same, so a prompt that makes the model write pages scores
 * lower than one that makes it talk. Each such turn costs half the item.
 */
final class WrittenForm {
    /** Two or more lines that start like a list or a heading, or any bold. */
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^\\s*(?:[-*+•·]\\s+|\\d{1,2}[.)、]\\s*|#{1,6}\\s+|[一二三四五六七八九十][、.]\\s*|\\*\\*)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\n]{1,40}\\*\\*");
    static final double PER_TURN = 0.5;

    private WrittenForm() {}

    static boolean written(Turn t) {
        if (t.flags() != null && t.flags().contains(ReplyCleaner.MARKDOWN)) {
            return true;
        }
        if (BOLD.matcher(t.text()).find()) {
            return true;
        }
        var m = LIST_LINE.matcher(t.text());
        int lines = 0;
        while (m.find()) {
            lines++;
        }
        return lines >= 2;
    }

    static Item score(ScoredCall call) {
        List<Turn> caller = call.of(Role.CALLER);
        if (caller.isEmpty()) {
            return Item.notApplicable("the caller never spoke");
        }
        List<Integer> pages = new ArrayList<>();
        for (Turn t : caller) {
            if (written(t)) {
                pages.add(t.index());
            }
        }
        return Item.of(1 - PER_TURN * pages.size(), pages, pages.isEmpty() ? "every caller turn is speech"
                : "written, not spoken (bold, list or heading lines read aloud) at turn " + pages);
    }
}
