package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.Concern;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.QaPair;
import dev.rolecall.card.Role;
import dev.rolecall.card.StyleExample;
import dev.rolecall.text.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the offline engine precomputes from a card, once per card and shared by all calls:
 * embeddings of the Q&A, of the callee's concerns split into single questions (its agenda), of its
 * good style examples, and what each end condition is about. Read-only after construction.
 */
final class CardIndex {

    /**
     * bge-small-zh's cosine scale is compressed: unrelated sentences ≈ 0.35, paraphrases ≈ 0.6.
     * A callee question "matches" a Q&A entry above this; calibrated on the bundled cards' good
     * examples against their Q&A (true pairs 0.55–0.75, wrong pairs 0.35–0.5).
     */
    static final double QA_MATCH = 0.55;
    /** A good style example can voice an agenda question when this close to it. */
    static final double EXAMPLE_MATCH = 0.6;

    /** One question on the callee's agenda: a piece of one concern. */
    record Fragment(int concern, Concern.Level level, String text, float[] vec, int bestQa, double qaSim) {}

    final Card card;
    final Lang lang;
    final Embedder embedder;
    final float[][] qaQuestions;
    final float[][] qaAnswers;
    final List<Fragment> agenda;
    final List<StyleExample> good;
    final float[][] goodVecs;
    final List<String> interjections;
    final double typicalStepLength;
    /** Every script line with its step index, embedded: script lines answer questions the Q&A does not cover. */
    final List<String> stepLines = new ArrayList<>();
    final List<Integer> stepOfLine = new ArrayList<>();
    final float[][] stepLineVecs;
    /**
     * A script line answers a question when this close to it (lower than Q&A: a statement is never
     * as close to a question as another question is). The callee uses the same bar to judge it.
     */
    static final double LINE_ANSWERS = 0.57;

    private final Map<Role, List<Map<Intent, Integer>>> conditionIntents;

    CardIndex(Card card, Embedder embedder) {
        this.card = card;
        this.embedder = embedder;
        this.lang = Lang.of(card.caller().raw() + card.callee().raw());
        List<QaPair> qa = card.caller().qa();
        qaQuestions = embedAll(qa.stream().map(QaPair::question).toList());
        qaAnswers = embedAll(qa.stream().map(QaPair::answer).toList());
        good = card.callee().goodExamples();
        goodVecs = embedAll(good.stream().map(StyleExample::text).toList());
        agenda = fragments(card.callee().concerns());
        interjections = card.callee().behaviours().stream()
                .flatMap(b -> dev.rolecall.card.CardParser.quotesOf(b).stream())
                // quoted speech ("不要再打电话了"), not quoted descriptions of tone ("以事实为主", "犹豫+欲争取")
                .filter(q -> q.length() >= 6 && !q.contains("+")).toList();
        typicalStepLength = card.caller().steps().stream().flatMap(s -> s.lines().stream())
                .mapToInt(String::length).average().orElse(40);
        var steps = card.caller().steps();
        for (int i = 0; i < steps.size(); i++) {
            for (String line : steps.get(i).lines()) {
                stepLines.add(line);
                stepOfLine.add(i);
            }
        }
        stepLineVecs = embedAll(stepLines);
        conditionIntents = Map.of(
                Role.CALLER, card.caller().endConditions().stream().map(c -> Intent.profile(c.text())).toList(),
                Role.CALLEE, card.callee().endConditions().stream().map(c -> Intent.profile(c.text())).toList());
    }

    float[] vec(String text) {
        return embedder.embed(text);
    }

    /** The Q&A entry a question asks about, or -1 when none is close enough. */
    int bestQa(float[] question) {
        return best(qaQuestions.length, QA_MATCH, i -> true,
                i -> Math.max(Embedder.cosine(question, qaQuestions[i]), Embedder.cosine(question, qaAnswers[i]) - 0.05));
    }

    /** The index in [0, n) with the highest score above {@code floor} among those allowed, or -1. */
    private static int best(int n, double floor, java.util.function.IntPredicate allowed,
                            java.util.function.IntToDoubleFunction score) {
        int best = -1;
        double bestScore = floor;
        for (int i = 0; i < n; i++) {
            if (allowed.test(i)) {
                double s = score.applyAsDouble(i);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
        }
        return best;
    }

    /** The script line, not already said, that best answers a question the Q&A does not cover, or -1. */
    int bestLine(float[] question, java.util.Set<String> said) {
        return best(stepLineVecs.length, LINE_ANSWERS, i -> !said.contains(stepLines.get(i)),
                i -> Embedder.cosine(question, stepLineVecs[i]));
    }

    /** Index of the good example closest to {@code v}, or -1 below {@link #EXAMPLE_MATCH}. */
    int closestExample(float[] v, java.util.Set<Integer> used) {
        return best(goodVecs.length, EXAMPLE_MATCH, i -> !used.contains(i), i -> Embedder.cosine(v, goodVecs[i]));
    }

    /**
     * The side's end condition that best fits an intent: most keyword hits, ties to the lower
     * number. Falls back to the nearest intent the card does express, so every card can end.
     */
    EndCondition condition(Role role, Intent intent) {
        List<EndCondition> conditions = card.side(role).endConditions();
        List<Map<Intent, Integer>> profiles = conditionIntents.get(role);
        for (Intent i : fallbackOrder(intent)) {
            int best = -1;
            int bestHits = 0;
            for (int c = 0; c < conditions.size(); c++) {
                int hits = profiles.get(c).get(i);
                if (hits > bestHits) {
                    bestHits = hits;
                    best = c;
                }
            }
            if (best >= 0) {
                return conditions.get(best);
            }
        }
        return conditions.get(intent == Intent.CONFIRM ? 0 : conditions.size() - 1);
    }

    /** Whether the side's card has a condition whose main topic is this intent. */
    boolean has(Role role, Intent intent) {
        return conditionIntents.get(role).stream().anyMatch(p -> p.get(intent) > 0
                && p.entrySet().stream().noneMatch(e -> e.getValue() > p.get(intent)));
    }

    private static List<Intent> fallbackOrder(Intent intent) {
        return switch (intent) {
            case CONFIRM -> List.of(Intent.CONFIRM, Intent.MULTI, Intent.MESSAGE);
            case MULTI -> List.of(Intent.MULTI, Intent.CONFIRM);
            case MESSAGE -> List.of(Intent.MESSAGE, Intent.CONFIRM);
            case HANGUP -> List.of(Intent.HANGUP, Intent.ESCALATE, Intent.MESSAGE);
            case ESCALATE -> List.of(Intent.ESCALATE, Intent.HANGUP);
            case URGENT -> List.of(Intent.URGENT, Intent.HANGUP);
        };
    }

    private static final Pattern CLAUSE = Pattern.compile("[，,；;。.？?！!]+\\s*(?:and\\s+)?");

    /** Concerns split into single questions: "价格有没有变动、能否再争取额外优惠，…" → two questions. */
    private List<Fragment> fragments(List<Concern> concerns) {
        List<Fragment> out = new ArrayList<>();
        for (int c = 0; c < concerns.size(); c++) {
            Concern concern = concerns.get(c);
            // asides in brackets ("（包括发票、合同、技术指引）") are detail, not separate questions
            String text = concern.text().replaceAll("（[^）]*）|\\([^)]*\\)", "");
            for (String clause : questionClauses(text)) {
                for (String part : splitEnumeration(clause.trim())) {
                    if (part.length() < (lang == Lang.ZH ? 4 : 8)) {
                        continue;
                    }
                    float[] v = vec(part);
                    int qa = bestQa(v);
                    double sim = qa < 0 ? 0 : Embedder.cosine(v, qaQuestions[qa]);
                    out.add(new Fragment(c, concern.level(), part, v, qa, sim));
                }
            }
        }
        out.sort(Comparator.comparingInt(f -> f.level().ordinal()));
        return List.copyOf(out);
    }

    private static final Pattern ASKS_OR_WORRIES = Pattern.compile(
            "吗|呢|能否|能不能|是否|有没有|多少|怎么|什么|担忧|担心|害怕|怕|希望|whether|how|what|can|worr|hop", Pattern.CASE_INSENSITIVE);

    /**
     * Clauses that are questions or worries in their own right; a clause that only adds to the
     * previous one ("担忧发票仍然延迟，公司财务又追着问") stays with it.
     */
    private static List<String> questionClauses(String text) {
        List<String> out = new ArrayList<>();
        for (String clause : CLAUSE.split(text)) {
            String c = clause.trim();
            if (c.isEmpty()) {
                continue;
            }
            if (out.isEmpty() || ASKS_OR_WORRIES.matcher(c).find()) {
                out.add(c);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + "，" + c);
            }
        }
        return out;
    }

    /** "A、B" splits only when both sides are whole questions, not "发票、合同…" lists. */
    private static List<String> splitEnumeration(String clause) {
        int i = clause.indexOf('、');
        if (i >= 6 && clause.length() - i - 1 >= 6) {
            return List.of(clause.substring(0, i), clause.substring(i + 1));
        }
        return List.of(clause);
    }

    private float[][] embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = vec(texts.get(i));
        }
        return out;
    }
}
