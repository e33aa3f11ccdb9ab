package dev.rolecall.scoring;

import dev.rolecall.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scorecard as a reviewer checks it ({@code score --explain}, under the call's table row with its
 * overall score and critical errors): each item with its score, the points it cost, why, and the
 * words of its evidence turns, then the script steps one by one. Everything shown is what the scorecard recorded; nothing is re-scored.
 */
public final class Explanation {
    private static final int QUOTE = 60;

    private Explanation() {}

    public static List<String> lines(Transcript t, Weights weights) {
        Scorecard s = Scorecard.read(t.score());
        List<String> out = new ArrayList<>();
        // the table row above already shows the overall score and the critical errors
        out.add(String.format(Locale.ROOT, "  %-9s %5s  %6s  %s", "item", "score", "cost", "why, and the turns it rests on"));
        s.items().forEach((name, item) -> {
            if (item.score() == null) {
                out.add(String.format(Locale.ROOT, "  %-9s    -          %s", name, item.reason()));
                return;
            }
            double cost = weights.of(name) * (1 - item.score());
            out.add(String.format(Locale.ROOT, "  %-9s %5.2f  %6s  %s", name, item.score(),
                    cost < 0.05 ? "" : String.format(Locale.ROOT, "-%.1f", cost), item.reason()));
            for (int turn : item.evidence().stream().distinct().toList()) {
                quote(t, turn).ifPresent(q -> out.add("                    " + q));
            }
        });
        if (!s.steps().isEmpty()) {
            out.add("  script steps:");
            for (StepResult step : s.steps()) {
                out.add(String.format(Locale.ROOT, "    %d %-16s %-17s %.2f  %s%s", step.number(), clip(step.title(), 16),
                        step.status(), step.similarity(), step.why(),
                        step.turn() == null ? "" : quote(t, step.turn()).map(q -> "  " + q).orElse("")));
            }
        }
        return out;
    }

    private static java.util.Optional<String> quote(Transcript t, int index) {
        return t.turns().stream().filter(x -> x.index() == index).findFirst()
                .map(x -> "turn " + index + " " + x.speaker().id() + ": \"" + clip(x.text().replaceAll("\\s+", " "), QUOTE) + "\"");
    }

    private static String clip(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n)) + "…";
    }
}
