package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rolecall.card.Role;
import java.util.List;

/**
 * One utterance as it was kept after cleaning. Token counts are null when the engine reports none
 * (the offline engine, or a server that sends no usage).
 *
 * @param endMarker the end-condition number the speaker signalled in this utterance, or null
 * @param flags     what the cleaner or orchestrator noticed, e.g. {@code speaker_label},
 *                  {@code spoke_for_other_side}, {@code stage_direction}, {@code markdown}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Turn(
        int index,
        Role speaker,
        String name,
        String text,
        long latencyMs,
        Integer promptTokens,
        Integer completionTokens,
        Integer cachedTokens,
        Integer retries,
        Integer endMarker,
        List<String> flags) {

    /** Flag: nothing was said (no words, no end marker); the call ends as {@code empty_reply}. */
    public static final String EMPTY = "empty";
    /** Flag: the speaker only hung up (a bare end marker); the text is empty. */
    public static final String END_ONLY = "end_only";

    public Turn {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
