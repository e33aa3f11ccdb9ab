package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.text.Embedder;
import java.nio.file.Path;

/** Developer aid: which Q&A entry the rep answers each question with, {@code QaProbe card.md "question"...}. */
public final class QaProbe {
    public static void main(String[] args) {
        Card card = CardParser.parse(Path.of(args[0]));
        CardIndex ix = new CardIndex(card, Embedder.shared());
        for (int k = 1; k < args.length; k++) {
            String q = args[k];
            int i = ix.answerQa(q, q);
            TextMemo.Sims s = ix.memo.sims(q);
            StringBuilder all = new StringBuilder();
            for (int j = 0; j < ix.qaUnits.size(); j++) {
                all.append(String.format(" [%d %.2f/%.2f c%.2f]", j, s.toQaQuestions()[j], s.toQaAnswers()[j],
                        ix.termWeights.coverage(Speech.units(q), ix.qaUnits.get(j))));
            }
            System.out.println(q + " -> " + (i < 0 ? "none" : card.caller().qa().get(i).question()) + all);
        }
    }
}
