package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.List;

/**
 * A transcript prepared for the checks: each turn embedded once, on first use. A check that never reads a
 * turn's vector (a back-channel, a turn no rule compares with the card) costs no model run.
 */
final class ScoredCall {
    final Transcript transcript;
    final List<Turn> turns;
    private final float[][] vecs;

    private final CardProfile card;
    private final java.util.Map<Integer, float[][]> sentenceVecs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every text this call embedded (turns, sentences), so none is embedded twice even once the embedder's cache is full. */
    private final java.util.Map<String, float[]> embedded = new java.util.concurrent.ConcurrentHashMap<>();

    ScoredCall(Transcript transcript, CardProfile card) {
        this.transcript = transcript;
        this.turns = transcript.turns();
        this.card = card;
        this.vecs = new float[turns.size()][];
    }

    /** A turn's sentences embedded one by one (on first use): in a long merged turn each step is one of them. */
    float[][] sentences(Turn t) {
        return sentenceVecs.computeIfAbsent(turns.indexOf(t), i -> {
            List<String> parts = Sentences.split(t.text());
            return parts.size() < 2 ? new float[0][] : parts.stream().map(this::embed).toArray(float[][]::new);
        });
    }

    /**
     * One sentence of a turn ({@link Sentences#split}), embedded on first use, for a check that needs only some of
     * them: the same vector {@link #sentences} gives for it.
     */
    float[] sentence(String sentence) {
        return embed(sentence);
    }

    private float[] embed(String text) {
        float[] v = embedded.get(text);
        if (v == null) {
            v = card.embedder.embed(text);
            embedded.put(text, v);
        }
        return v;
    }

    List<Turn> of(Role role) {
        return turns.stream().filter(t -> t.speaker() == role).toList();
    }

    float[] vec(Turn t) {
        int i = turns.indexOf(t);
        float[] v = vecs[i];
        if (v == null) {
            v = embed(t.text());
            vecs[i] = v;
        }
        return v;
    }

    /** The last turn of {@code role} with words in it before {@code t}, or null. */
    Turn lastSaidBefore(Role role, Turn t) {
        for (int i = turns.indexOf(t) - 1; i >= 0; i--) {
            if (turns.get(i).speaker() == role && !turns.get(i).text().isBlank()) {
                return turns.get(i);
            }
        }
        return null;
    }

    /** The next turn of {@code role} after position {@code index}, or null. */
    Turn nextOf(Role role, int index) {
        for (int i = index + 1; i < turns.size(); i++) {
            if (turns.get(i).speaker() == role) {
                return turns.get(i);
            }
        }
        return null;
    }
}
