package dev.rolecall.orchestrator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-band end signal, {@code [END:2]}. Models write it loosely, so full-width brackets and
 * colons, spaces, lower case and a missing number are all accepted; the marker is removed from
 * the spoken text wherever it appears.
 *
 * @param text      the utterance without the marker
 * @param present   whether a marker was found
 * @param condition the condition number, or null when the marker had none
 */
public record EndMarker(String text, boolean present, Integer condition) {

    private static final Pattern MARKER = Pattern.compile(
            "[\\[【(（]\\s*END\\s*(?:[:：=#]?\\s*(\\d+))?\\s*[]】)）]", Pattern.CASE_INSENSITIVE);

    public static EndMarker parse(String raw) {
        Matcher m = MARKER.matcher(raw);
        boolean present = false;
        Integer condition = null;
        while (m.find()) {
            present = true;
            if (m.group(1) != null && condition == null) {
                condition = Integer.valueOf(m.group(1));
            }
        }
        String text = present ? MARKER.matcher(raw).replaceAll("").strip() : raw;
        return new EndMarker(text, present, condition);
    }
}
