package dev.rolecall.batch;

import dev.rolecall.card.Card;
import dev.rolecall.card.Concern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Callee persona variants for diverse training data, drawn from the card by seed: which concern
 * leads, mood, patience and decision tendency. The same seed gives the same persona; the variant
 * is recorded in the transcript and passed to the callee (the offline engine follows it; LLM
 * callees get it through the {@code {{persona}}} placeholder when their template uses it).
 */
public final class PersonaSampler {
    public static final List<String> MOODS = List.of("calm", "impatient", "irritated");
    public static final List<String> TENDENCIES = List.of("decisive", "hesitant", "negotiating");

    private final List<Concern> concerns;
    private final boolean persona;
    private final TemperatureRange temperature;

    public PersonaSampler(Card card) {
        this(card, true, null);
    }

    /** @param persona vary the callee persona; @param temperature per-call temperature range, or null */
    public PersonaSampler(Card card, boolean persona, TemperatureRange temperature) {
        this.concerns = card.callee().concerns();
        this.persona = persona;
        this.temperature = temperature;
    }

    public Map<String, Object> sample(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        Map<String, Object> p = new LinkedHashMap<>();
        if (temperature != null) {
            p.put("temperature", temperature.draw(new SplittableRandom(seed ^ 0x7E3BL)));
        }
        if (!persona) {
            return p;
        }
        if (!concerns.isEmpty()) {
            int lead = r.nextInt(concerns.size());
            p.put("leadConcern", lead);
            p.put("leadConcernText", concerns.get(lead).text());
        }
        p.put("mood", MOODS.get(r.nextInt(MOODS.size())));
        p.put("patience", 1 + r.nextInt(5));
        p.put("tendency", TENDENCIES.get(r.nextInt(TENDENCIES.size())));
        return p;
    }
}
