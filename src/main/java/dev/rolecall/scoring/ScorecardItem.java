package dev.rolecall.scoring;

import java.util.List;
import java.util.function.Function;

/**
 * The registry of scorecard items: each item's id, its default weight (the points it costs at
 * score 0, see {@link Weights}) and how it is scored. Adding an item is one constant here;
 * {@link Weights}, {@code prompts/weights.json}, the tables and the report follow from this list.
 */
public enum ScorecardItem {
    OPENING("opening", 30, s -> OpeningCheck.score(s.call(), s.card(), s.steps())),
    STEPS("steps", 50, s -> StepCoverage.item(s.steps())),
    ORDER("order", 30, s -> StepCoverage.order(s.steps())),
    KNOWLEDGE("knowledge", 60, s -> s.facts().item()),
    QUESTIONS("questions", 30, s -> QuestionHandling.score(s.call(), s.card(),
            s.facts().invented().stream().map(FactFlag::turn).collect(java.util.stream.Collectors.toSet()))),
    CLOSING("closing", 30, s -> ClosingCheck.score(s.call(), s.card(), s.openQuestion(), s.notBorneOut())),
    BREVITY("brevity", 15, s -> s.brevity().item()),
    SPOKEN("spoken", 6, s -> WrittenForm.score(s.call())),
    CALLEE("callee", 5, s -> CalleeFidelity.score(s.call(), s.card()));

    /**
     * What the items are computed from: one call's shared evidence, worked out once. The open
     * question and the unborne ending (null when none) are also critical errors, so the scorer
     * and the closing item share one verdict instead of judging the ending twice.
     */
    record Evidence(ScoredCall call, CardProfile card, List<StepResult> steps, FactChecker.Result facts,
                    Brevity.Result brevity, dev.rolecall.transcript.Turn openQuestion, String notBorneOut) {}

    private final String id;
    private final double defaultWeight;
    private final Function<Evidence, Item> scorer;

    ScorecardItem(String id, double defaultWeight, Function<Evidence, Item> scorer) {
        this.id = id;
        this.defaultWeight = defaultWeight;
        this.scorer = scorer;
    }

    public String id() {
        return id;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    Item score(Evidence e) {
        return scorer.apply(e);
    }
}
