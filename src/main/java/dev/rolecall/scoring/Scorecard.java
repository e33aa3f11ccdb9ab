package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecard of one call. {@code items} holds every item (opening, steps, order, knowledge,
 * questions, closing, brevity, spoken, callee) in that order; {@code overall} is 100 minus each item's
 * weight × its shortfall, capped by {@code critical_cap} when {@code critical} (listed first, for a reader) is not
 * empty: invented facts, promises the card does not make, an ending the call does not bear out.
 * The lists give the detail behind the items.
 */
public record Scorecard(
        double overall,
        List<String> critical,
        Map<String, Item> items,
        List<StepResult> steps,
        List<FactFlag> invented,
        int factsRight,
        List<Integer> monologues,
        String embedder) {

    public Scorecard {
        // scorecards written by older versions lack the later fields
        critical = critical == null ? List.of() : List.copyOf(critical);
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        steps = steps == null ? List.of() : List.copyOf(steps);
        invented = invented == null ? List.of() : List.copyOf(invented);
        monologues = monologues == null ? List.of() : List.copyOf(monologues);
    }

    private static final ObjectReader READER = TranscriptJson.MAPPER.readerFor(Scorecard.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The scorecard stored with a transcript, read as this type (the judge's part, if any, stays in
     * the JSON beside it); empty when the call was not scored. Every reader of scores goes through here.
     */
    public static Optional<Scorecard> of(Transcript t) {
        JsonNode score = t.score();
        if (score == null || !score.has("overall")) {
            return Optional.empty();
        }
        return Optional.of(read(score));
    }

    public static Scorecard read(JsonNode score) {
        try {
            return READER.readValue(score);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a rolecall scorecard: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** An item's score, or null when the item did not apply or is not on this card. */
    public Double item(String name) {
        Item i = items.get(name);
        return i == null ? null : i.score();
    }
}
