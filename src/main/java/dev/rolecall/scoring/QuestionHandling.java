package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Each callee question that matches a Q&A entry must be answered with that entry in the next caller turn. */
final class QuestionHandling {
    /** Callee question vs Q&A question: true pairs 0.6–0.8 on the labelled set, others below 0.55. */
    static final double ASKS = 0.6;
    /** Caller reply vs the entry's answer when no fact is repeated. */
    static final double ANSWERS = 0.7;
    /** A second entry within this much of the ask threshold may also hold the answer. */
    static final double ALTERNATE_MARGIN = 0.1;
    private static final Pattern QUESTION = Pattern.compile("[？?]|吗|呢|多少|能否|能不能|是否|怎么|什么|几");

    private QuestionHandling() {}

    static Item score(ScoredCall call, CardProfile card) {
        var qa = card.card.caller().qa();
        int asked = 0;
        int answered = 0;
        List<Integer> evidence = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Turn t : call.of(Role.CALLEE)) {
            if (!QUESTION.matcher(t.text()).find() || qa.isEmpty()) {
                continue;
            }
            float[] v = call.vec(t);
            int entry = CardProfile.argmax(v, card.qaQuestions);
            if (Embedder.cosine(v, card.qaQuestions[entry]) < ASKS) {
                continue;
            }
            asked++;
            Turn reply = call.nextOf(Role.CALLER, call.turns.indexOf(t));
            boolean ok = false;
            // a question can fit two entries ("流程复杂吗" ~ 付款流程 / 续费流程): either answer counts
            for (int e = 0; e < qa.size() && reply != null && !ok; e++) {
                if (Embedder.cosine(v, card.qaQuestions[e]) < ASKS - ALTERNATE_MARGIN) {
                    continue;
                }
                List<String> answerFacts = FactExtractor.extract(qa.get(e).answer()).stream()
                        .map(f -> f.type() + "=" + f.value()).toList();
                ok = Embedder.cosine(call.vec(reply), card.qaAnswers[e]) >= ANSWERS
                        || FactExtractor.extract(reply.text()).stream().anyMatch(f -> answerFacts.contains(f.type() + "=" + f.value()));
            }
            if (ok) {
                answered++;
            } else {
                missed.add("turn " + t.index() + " (" + qa.get(entry).question() + ")");
                evidence.add(t.index());
            }
        }
        if (asked == 0) {
            return Item.notApplicable("the callee asked nothing from the knowledge base");
        }
        return Item.of(answered / (double) asked, evidence, answered + "/" + asked + " knowledge-base questions answered"
                + (missed.isEmpty() ? "" : "; unanswered: " + String.join(", ", missed)));
    }
}
