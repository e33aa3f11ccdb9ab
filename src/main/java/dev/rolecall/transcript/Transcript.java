package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One call, as written to one JSONL line. The schema is documented in the README; add fields,
 * never rename them, because score / export / report read old files back.
 *
 * @param engine  engine per role, {@code {"caller":"openai","callee":"offline"}}
 * @param models  settings per role (never the key)
 * @param persona the callee persona variant drawn for this call (batch diversity), or null
 * @param inputs  everything else that decided the call (card, prompts, engines), for safe reuse; null
 *                for plain-text logs and files from before it was recorded
 * @param score   the scorecard, once scored, or null
 * @param tags    where the call stands in a matrix run ({@code card}, {@code variant}, {@code model},
 *                {@code endpoint}), or null outside one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transcript(
        String id,
        String version,
        CardRef card,
        PromptsRef prompts,
        Map<String, String> engine,
        Map<String, ModelSettings> models,
        Map<String, String> names,
        long seed,
        Instant startedAt,
        Instant endedAt,
        List<Turn> turns,
        Ending end,
        Totals totals,
        Map<String, Object> persona,
        CallInputs inputs,
        JsonNode score,
        Map<String, String> tags) {

    public static final String FORMAT_VERSION = "1";

    public Transcript {
        turns = List.copyOf(turns);
    }

    /** A call outside a matrix (no tags). */
    public Transcript(String id, String version, CardRef card, PromptsRef prompts, Map<String, String> engine,
                      Map<String, ModelSettings> models, Map<String, String> names, long seed, Instant startedAt,
                      Instant endedAt, List<Turn> turns, Ending end, Totals totals, Map<String, Object> persona,
                      CallInputs inputs, JsonNode score) {
        this(id, version, card, prompts, engine, models, names, seed, startedAt, endedAt, turns, end, totals, persona,
                inputs, score, null);
    }

    public Transcript withTags(Map<String, String> newTags) {
        return new Transcript(id, version, card, prompts, engine, models, names, seed, startedAt, endedAt,
                turns, end, totals, persona, inputs, score, newTags);
    }

    public Transcript withScore(JsonNode newScore) {
        return new Transcript(id, version, card, prompts, engine, models, names, seed, startedAt, endedAt,
                turns, end, totals, persona, inputs, newScore, tags);
    }

    public Transcript withEnd(Ending newEnd) {
        return new Transcript(id, version, card, prompts, engine, models, names, seed, startedAt, endedAt,
                turns, newEnd, totals, persona, inputs, score, tags);
    }
}
