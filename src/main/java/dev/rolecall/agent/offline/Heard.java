package dev.rolecall.agent.offline;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the customer has heard the rep say so far, as content units: a customer reacts only to what it was told (the
 * reviews read "Just the pads then." and "Huh. Never changed the chain…" as the bike-shop customer's first words).
 * Shared by the customer's agenda and its wording.
 */
final class Heard {
    /** A capitalised word inside a sentence: part of a name ("Spoke & Chain Bike Works" names no chain). */
    private static final Pattern NAME_WORD = Pattern.compile("(?<=[\\p{Ll},&] )\\p{Lu}\\p{Ll}+");

    private final TextMemo memo;
    private final Set<String> units = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    Heard(TextMemo memo) {
        this.memo = memo;
    }

    void hear(String caller) {
        units.addAll(memo.units(caller));
        words.addAll(Speech.units(NAME_WORD.matcher(caller).replaceAll(" ")));
    }

    /** Whether the rep said any of {@code news} (units of the script's words). */
    boolean anyOf(Set<String> news) {
        return Speech.overlap(news, units) >= 1;
    }

    /** Whether the rep said any of {@code content} as a word of its own, not inside a name. */
    boolean anyWordOf(Set<String> content) {
        return Speech.overlap(content, words) >= 1;
    }
}
