package dev.rolecall.agent.offline;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.text.Embedder;
import java.nio.file.Path;

/** Prints what the offline engine derives from a card (developer aid): {@code CardIndexDump card.md...}. */
public final class CardIndexDump {
    public static void main(String[] args) {
        for (String a : args) {
            Card card = CardParser.parse(Path.of(a));
            CardIndex ix = new CardIndex(card, Embedder.shared());
            System.out.println("== " + a + " lang=" + ix.lang);
            System.out.println("required steps: " + ix.requiredSteps.stream().sorted().map(i -> (i + 1) + " " + card.caller().steps().get(i).title()).toList());
            ix.facts.forEach(f -> System.out.println("fact: " + f.speech()));
            for (var f : ix.agenda) {
                System.out.printf("agenda %s c%d qa=%d %.2f | %s -> %s ex=%d%n", f.level(), f.concern(), f.bestQa(), f.qaSim(), f.text(), f.spoken(),
                        ix.closestExample(f.vec(), java.util.Set.of()));
            }
            System.out.println("hurry " + ix.hurry + "\nrelief " + ix.relief + "\nwriting " + ix.writing + "\nasking " + ix.askingExamples);
            java.util.List<String> asks = new java.util.ArrayList<>();
            ix.agenda.forEach(f -> asks.addAll(f.spoken()));
            ix.good.forEach(g -> asks.add(g.text()));
            for (String q : asks) {
                for (String s : Speech.questions(q)) {
                    float[] v = ix.vec(s);
                    double[] sims = new double[ix.qaQuestions.length];
                    for (int i = 0; i < sims.length; i++) {
                        sims[i] = Math.max(Embedder.cosine(v, ix.qaQuestions[i]), Embedder.cosine(v, ix.qaAnswers[i]) - 0.05);
                    }
                    int b = 0;
                    for (int i = 1; i < sims.length; i++) if (sims[i] > sims[b]) b = i;
                    int lex = Speech.overlap(Speech.units(s), Speech.units(card.caller().qa().get(b).question() + card.caller().qa().get(b).answer()));
                    System.out.printf("ASK %.2f lex=%d %s => %s%n", sims[b], lex, s, card.caller().qa().get(b).question());
                }
            }
            for (var qa : card.caller().qa()) {
                System.out.printf("qa? %s%n", qa.question());
            }
            for (String l : ix.stepLines) {
                var qs = Speech.questions(l);
                if (!qs.isEmpty()) {
                    System.out.println("rep asks: " + qs.get(qs.size() - 1) + " options=" + Speech.options(qs.get(qs.size() - 1)) + " yes=" + Speech.yesWord(qs.get(qs.size() - 1)));
                }
            }
        }
    }
}
