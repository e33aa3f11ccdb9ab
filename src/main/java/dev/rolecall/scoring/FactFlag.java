package dev.rolecall.scoring;

/** A fact the caller stated that the card does not back: what was said, where, and what the card says. */
public record FactFlag(int turn, String type, String said, String card) {

    /** Whether a flag already covers this text (it holds the flag's words, or the flag holds it): one reason per clause. */
    static boolean covered(java.util.List<FactFlag> flagged, String text) {
        return flagged.stream().anyMatch(f -> text.contains(f.said()) || f.said().contains(text.strip()));
    }
}
