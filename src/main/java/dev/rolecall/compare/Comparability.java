package dev.rolecall.compare;

import dev.rolecall.transcript.ModelSettings;
import dev.rolecall.transcript.Transcript;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether two sets of calls can be compared pair by pair. Pairing by seed assumes both sides
 * played the same scenario against the same customer: calls of different cards, or against
 * different callee engines or models, would credit the variant with what the scenario did.
 */
public final class Comparability {
    private final Set<String> cardsA = new LinkedHashSet<>();
    private final Set<String> cardsB = new LinkedHashSet<>();
    private final Set<String> calleesA = new LinkedHashSet<>();
    private final Set<String> calleesB = new LinkedHashSet<>();

    public void addA(Transcript t) {
        add(t, cardsA, calleesA);
    }

    public void addB(Transcript t) {
        add(t, cardsB, calleesB);
    }

    private static void add(Transcript t, Set<String> cards, Set<String> callees) {
        if (t.card() != null) {
            cards.add(t.card().sha256() != null ? t.card().sha256() : t.card().path());
        }
        ModelSettings callee = t.models() == null ? null : t.models().get("callee");
        if (callee != null) {
            callees.add(callee.engine() + (callee.model() == null ? "" : " " + callee.model())
                    + (callee.baseUrl() == null ? "" : " @ " + callee.baseUrl()));
        }
    }

    /** Why A and B cannot be paired, or null when they can. */
    public String problem() {
        if (cardsA.size() > 1 || cardsB.size() > 1) {
            return "a file holds calls of more than one card; compare one card at a time";
        }
        if (!cardsA.isEmpty() && !cardsB.isEmpty() && !cardsA.equals(cardsB)) {
            return "A and B were made from different cards (sha256 " + abbrev(cardsA) + " vs " + abbrev(cardsB)
                    + "), so seed pairs are different scenarios";
        }
        if (!calleesA.isEmpty() && !calleesB.isEmpty() && !calleesA.equals(calleesB)) {
            return "A and B faced different customers (callee " + calleesA + " vs " + calleesB
                    + "); a paired comparison needs the same callee engine and model";
        }
        return null;
    }

    private static String abbrev(Set<String> shas) {
        String s = shas.iterator().next();
        return s.length() > 8 ? s.substring(0, 8) : s;
    }
}
