package dev.rolecall.agent.offline;

import dev.rolecall.text.Embedder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the offline engine reads from a text again and again, worked out once per card and text:
 * its sentences, its questions, and its similarity to every script line and Q&A entry. The same
 * few hundred utterances recur across thousands of calls, so after the first calls a turn costs
 * map look-ups instead of regex splits and scans of the card's vectors. One memo per
 * {@link CardIndex} (never process-wide), bounded: past {@link #LIMIT} texts it computes without keeping.
 */
final class TextMemo {

    /** A sentence's vector and its cosine to each script line, Q&A question and Q&A answer (by index). */
    record Sims(float[] vec, double[] toLines, double[] toQaQuestions, double[] toQaAnswers) {}

    static final int LIMIT = 50_000;
    private final Embedder embedder;
    private final float[][] lines;
    private final float[][] qaQuestions;
    private final float[][] qaAnswers;
    private final Map<String, List<String>> sentences = new ConcurrentHashMap<>();
    private final Map<String, List<String>> questions = new ConcurrentHashMap<>();
    private final Map<String, Sims> sims = new ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<Intent>> decisions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> endsAsking = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> units = new ConcurrentHashMap<>();

    /** The single questions of Q&A entries that ask several ("Is the cavity urgent? Will I need a root canal?"), and their entry. */
    private final float[][] qaParts;
    private final int[] qaPartOf;

    TextMemo(Embedder embedder, float[][] lines, float[][] qaQuestions, float[][] qaAnswers) {
        this(embedder, lines, qaQuestions, qaAnswers, new float[0][], new int[0]);
    }

    TextMemo(Embedder embedder, float[][] lines, float[][] qaQuestions, float[][] qaAnswers, float[][] qaParts, int[] qaPartOf) {
        this.embedder = embedder;
        this.lines = lines;
        this.qaQuestions = qaQuestions;
        this.qaAnswers = qaAnswers;
        this.qaParts = qaParts;
        this.qaPartOf = qaPartOf;
    }

    List<String> sentences(String text) {
        return memo(sentences, text, Speech::sentences);
    }

    List<String> questions(String text) {
        return memo(questions, text, Speech::questions);
    }

    /** {@link Speech#units}, memoised; read-only. */
    java.util.Set<String> units(String text) {
        return memo(units, text, t -> java.util.Collections.unmodifiableSet(Speech.units(t)));
    }

    /** {@link Speech#decision}, memoised. */
    Intent decision(String text) {
        return memo(decisions, text, t -> java.util.Optional.ofNullable(Speech.decision(t))).orElse(null);
    }

    /** Whether the text's last sentence asks something. */
    boolean endsWithQuestion(String text) {
        return memo(endsAsking, text, t -> {
            List<String> s = sentences(t);
            return !s.isEmpty() && Speech.isQuestion(s.get(s.size() - 1));
        });
    }

    Sims sims(String text) {
        return memo(sims, QuestionKind.unframed(RepWording.withoutLead(text)), t -> {
            float[] v = embedder.embed(t);
            double[] toQuestions = cosines(v, qaQuestions);
            // an entry that asks several questions is as close as the nearest of them: the whole of "Is the cavity urgent?
            // Will I need a root canal? Will it hurt?" is far from "is that filling really urgent or can it wait?"
            for (int p = 0; p < qaParts.length; p++) {
                toQuestions[qaPartOf[p]] = Math.max(toQuestions[qaPartOf[p]], Embedder.cosine(v, qaParts[p]));
            }
            return new Sims(v, cosines(v, lines), toQuestions, cosines(v, qaAnswers));
        });
    }

    private static double[] cosines(float[] v, float[][] to) {
        double[] out = new double[to.length];
        for (int i = 0; i < to.length; i++) {
            out[i] = Embedder.cosine(v, to[i]);
        }
        return out;
    }

    private static <T> T memo(Map<String, T> map, String key, Function<String, T> compute) {
        T hit = map.get(key);
        if (hit != null) {
            return hit;
        }
        T v = compute.apply(key);
        if (map.size() < LIMIT) {
            map.put(key, v);
        }
        return v;
    }
}
