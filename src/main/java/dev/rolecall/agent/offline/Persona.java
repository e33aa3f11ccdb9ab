package dev.rolecall.agent.offline;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How this call's callee behaves, drawn from the seed unless the batch's persona variant says
 * otherwise (keys {@code leadConcern}, {@code mood}, {@code patience}, {@code tendency}).
 *
 * @param patience  how much rambling and dodging the callee takes before ending the call (1..5)
 * @param tendency  decisive: agrees on the phone; hesitant: wants it in writing; negotiating: pushes on price
 * @param closesSelf whether the callee ends the call itself, or leaves the closing to the caller
 */
record Persona(int leadConcern, String mood, int patience, String tendency, boolean closesSelf) {

    static Persona of(long seed, int concerns, Map<String, Object> overrides) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x51);
        int lead = concerns == 0 ? 0 : r.nextInt(concerns);
        String mood = List.of("calm", "impatient", "irritated").get(r.nextInt(3));
        int patience = 1 + r.nextInt(5);
        String tendency = List.of("decisive", "hesitant", "negotiating").get(r.nextInt(3));
        // most customers leave the close to the rep, whose closing says what follows: at 0.6, 13 of review4's 20 calls
        // ended on the customer's line with no goodbye from the rep (on the bundled cards, 127 of 180)
        boolean closesSelf = r.nextDouble() < 0.2;
        if (overrides.get("leadConcern") instanceof Number n && concerns > 0) {
            lead = Math.floorMod(n.intValue(), concerns);
        }
        if (overrides.get("mood") instanceof String m) {
            mood = m;
        }
        if (overrides.get("patience") instanceof Number p) {
            patience = Math.max(1, Math.min(5, p.intValue()));
        }
        if (overrides.get("tendency") instanceof String t) {
            tendency = t;
        }
        return new Persona(lead, mood, patience, tendency, closesSelf);
    }

    boolean impatient() {
        return !mood.equals("calm") || patience <= 2;
    }
}
