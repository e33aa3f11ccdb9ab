package dev.rolecall.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.card.Card;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores calls of one card against its script. Built once per card (the card's texts are embedded
 * once); {@link #score} is thread-safe and embeds each utterance once.
 */
public final class Scorer {
    private final CardProfile card;
    private final Weights weights;

    public Scorer(Card card, Weights weights, Embedder embedder) {
        this.card = new CardProfile(card, embedder);
        this.weights = weights;
    }

    public Scorer(Card card, Weights weights) {
        this(card, weights, Embedder.shared());
    }

    public Scorecard score(Transcript t) {
        ScoredCall call = new ScoredCall(t, card);
        List<StepResult> steps = StepCoverage.steps(call, card);
        FactChecker.Result facts = FactChecker.check(call, card);
        Brevity.Result brevity = Brevity.score(call, card);
        var open = QuestionHandling.lastUnansweredQuestion(call, card);
        String ending = ClosingCheck.unsupportedEnding(call, card);
        ScorecardItem.Evidence evidence = new ScorecardItem.Evidence(call, card, steps, facts, brevity, open, ending);
        Map<String, Item> items = new LinkedHashMap<>();
        for (ScorecardItem item : ScorecardItem.values()) {
            items.put(item.id(), item.score(evidence));
        }
        double lost = 0;
        for (var e : items.entrySet()) {
            if (e.getValue().score() != null) {
                lost += weights.of(e.getKey()) * (1 - e.getValue().score());
            }
        }
        double overall = Math.max(0, Math.round(1000 - 10 * lost) / 10.0);
        List<String> critical = new ArrayList<>();
        for (FactFlag f : facts.invented()) {
            critical.add("turn " + f.turn() + ": " + switch (f.type()) {
                case "promise" -> "promise the card does not make: " + f.said() + " (card: " + f.card() + ")";
                case "offer" -> "offer the card does not have: " + f.said();
                case "contradiction" -> "says what the card forbids: " + f.said() + " (card: " + f.card() + ")";
                case "claim" -> "states a rule or assurance the card does not give: " + f.said() + " (card " + f.card() + ")";
                case "payment" -> "asks for payment outside the card's channels: " + f.said();
                case "cadence" -> "a billing cadence the card does not give: " + f.said() + " (" + f.card() + ")";
                case "channel" -> "a way to pay the card does not give: " + f.said() + " (" + f.card() + ")";
                case "pressure" -> "pressures with a deadline, scarcity or consequence the card does not give: " + f.said();
                case "boast" -> "runs down other firms or boasts a standing the card does not give: " + f.said();
                case "template" -> "reads out the card's template slot " + f.card() + " unfilled: " + f.said();
                case "identifier" -> "names the card's address, line or number wrongly: said " + f.said() + ", card " + f.card();
                case "agreement" -> "claims an agreement the customer did not give: " + f.said() + " (" + f.card() + ")";
                case "picked" -> "chooses for the customer: " + f.said() + " (" + f.card() + ")";
                case "waived" -> "lets off what the card requires: " + f.said() + " (card: " + f.card() + ")";
                default -> "invented " + f.type() + ": said " + f.said() + ", card " + f.card();
            });
        }
        // the rep answers for the endings it claims; a customer's ending its words do not bear out is the customer's
        // (a simulator's reversal capped a faithful rep at 60, the review's clinic seed 205): the closing item still says so
        if (ending != null && t.end() != null && t.end().by() != dev.rolecall.card.Role.CALLEE) {
            critical.add(ending);
        }
        Turn reply = open == null ? null : call.nextOf(dev.rolecall.card.Role.CALLER, call.turns.indexOf(open));
        // answered with a wrong fact or claim ("送来有磕碰呢？" → "签收了就不能拒收"), the answer is the error already listed
        if (open != null && (reply == null || facts.invented().stream().noneMatch(f -> f.turn() == reply.index()))) {
            critical.add("turn " + open.index() + ": the call ends over the customer's unanswered question: " + open.text());
        }
        if (!critical.isEmpty()) {
            overall = Math.min(overall, weights.capFor(critical.size()));
        }
        return new Scorecard(overall, critical, items, steps, facts.invented(), facts.right(), brevity.monologues(),
                card.embedder.name());
    }

    public Transcript scoreInto(Transcript t) {
        return t.withScore(toJson(score(t)));
    }

    public static JsonNode toJson(Scorecard s) {
        return TranscriptJson.MAPPER.valueToTree(s);
    }
}
