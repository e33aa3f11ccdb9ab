package dev.rolecall.agent.offline;

import dev.rolecall.card.CardParser;
import dev.rolecall.text.Embedder;
import java.nio.file.Path;

/** Developer aid: the script line nearest a question, its cosine and per-card IDF coverage, {@code LineProbe card.md "question"...}. */
public final class LineProbe {
    public static void main(String[] args) {
        CardIndex ix = new CardIndex(CardParser.parse(Path.of(args[0])), Embedder.shared());
        for (int k = 1; k < args.length; k++) {
            String q = QuestionKind.unframed(args[k]);
            double[] sims = ix.memo.sims(q).toLines();
            for (int i = 0; i < sims.length; i++) {
                System.out.printf("%.2f c%.2f %s%n", sims[i], ix.termWeights.coverage(ix.memo.units(q), ix.memo.units(ix.stepLines.get(i))), ix.stepLines.get(i));
            }
        }
    }
}
