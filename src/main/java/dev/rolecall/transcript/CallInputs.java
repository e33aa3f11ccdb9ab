package dev.rolecall.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a call apart from its seed (and the per-seed persona, recorded beside
 * it). A recorded call is reused, by batch resume or by compare's cache, only when its inputs
 * equal the current run's: an edited card or template, another model or endpoint, other settings
 * or a rebuilt offline engine never pass old calls off as new.
 *
 * @param card     sha256 of the card file
 * @param names    display name per role (CLI overrides change the call without changing the card)
 * @param maxTurns the utterance cap
 * @param sides    per role: engine settings and the fingerprint of what drives that engine
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallInputs(String card, Map<String, String> names, int maxTurns, Map<String, SideInputs> sides) {

    /**
     * One side's inputs.
     *
     * @param model       engine and model settings (never the key)
     * @param fingerprint sha256 of what the engine reads besides the history: an LLM's rendered system
     *                    prompt and first-turn text, the offline engine's own code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SideInputs(ModelSettings model, String fingerprint) {}

    public CallInputs {
        names = names == null ? Map.of() : Map.copyOf(names);
        sides = sides == null ? Map.of() : Map.copyOf(sides);
    }

    /** What differs from {@code recorded}, one short phrase each, in the order a user would check them. */
    public List<String> differencesFrom(CallInputs recorded) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(card, recorded.card)) {
            out.add("card changed (sha256 " + abbrev(recorded.card) + " → " + abbrev(card) + ")");
        }
        if (out.isEmpty() && !names.equals(recorded.names)) { // another card has other names anyway
            out.add("names changed (" + recorded.names + " → " + names + ")");
        }
        if (maxTurns != recorded.maxTurns) {
            out.add("--max-turns changed (" + recorded.maxTurns + " → " + maxTurns + ")");
        }
        for (String role : List.of("caller", "callee")) {
            SideInputs now = sides.get(role);
            SideInputs then = recorded.sides.get(role);
            if (now == null || then == null) {
                if (now != then) {
                    out.add(role + " engine changed");
                }
                continue;
            }
            if (!Objects.equals(now.model(), then.model())) {
                out.add(role + " engine or model settings changed (" + describe(then.model()) + " → "
                        + describe(now.model()) + ")");
            } else if (!Objects.equals(now.fingerprint(), then.fingerprint())) {
                out.add(role + " " + (now.model() != null && "offline".equals(now.model().engine())
                        ? "offline engine changed (rolecall was rebuilt, or another embedding model loaded)"
                        : "prompt changed (its template, first-turn.md, or how the card renders into it)"));
            }
        }
        return out;
    }

    private static String describe(ModelSettings m) {
        if (m == null) {
            return "none";
        }
        StringBuilder sb = new StringBuilder(m.engine());
        if (m.model() != null) {
            sb.append(' ').append(m.model());
        }
        if (m.baseUrl() != null) {
            sb.append(" @ ").append(m.baseUrl());
        }
        if (m.temperature() != null) {
            sb.append(" t=").append(m.temperature());
        }
        if (m.seed() != null) {
            sb.append(" seed=").append(m.seed());
        }
        if (m.maxTokens() != null) {
            sb.append(" max-tokens=").append(m.maxTokens());
        }
        return sb.toString();
    }

    private static String abbrev(String sha) {
        return sha == null ? "none" : sha.substring(0, Math.min(8, sha.length()));
    }
}
