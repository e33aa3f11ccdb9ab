package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.List;

/** A transcript prepared for the checks: every turn embedded once, in one pass. */
final class ScoredCall {
    final Transcript transcript;
    final List<Turn> turns;
    final float[][] vecs;

    private final CardProfile card;
    private final java.util.Map<Integer, float[][]> sentenceVecs = new java.util.concurrent.ConcurrentHashMap<>();

    ScoredCall(Transcript transcript, CardProfile card) {
        this.transcript = transcript;
        this.turns = transcript.turns();
        this.card = card;
        this.vecs = card.embed(turns.stream().map(Turn::text).toList());
    }

    /** A turn's sentences embedded one by one (on first use): in a long merged turn each step is one of them. */
    float[][] sentences(Turn t) {
        return sentenceVecs.computeIfAbsent(turns.indexOf(t), i -> {
            List<String> parts = Sentences.split(t.text());
            return parts.size() < 2 ? new float[0][] : card.embed(parts);
        });
    }

    List<Turn> of(Role role) {
        return turns.stream().filter(t -> t.speaker() == role).toList();
    }

    float[] vec(Turn t) {
        return vecs[turns.indexOf(t)];
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
