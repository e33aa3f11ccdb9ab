package dev.rolecall.scoring;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The simulated customer's quality: short and direct, closer to the card's good style examples
 * than to its bad ones, and never sounding like an assistant.
 */
final class CalleeFidelity {
    private static final Pattern ASSISTANT = Pattern.compile(
            "作为(一个)?(AI|人工智能|语言模型)|有什么(可以|能)帮(您|你)|很高兴为您服务|我是(一个)?AI|as an ai|i'?m an ai|language model|how can i (help|assist)",
            Pattern.CASE_INSENSITIVE);

    private CalleeFidelity() {}

    static Item score(ScoredCall call, CardProfile card) {
        List<Turn> callee = call.of(Role.CALLEE);
        if (callee.isEmpty()) {
            return Item.notApplicable("the callee never spoke");
        }
        int maxGood = card.card.callee().goodExamples().stream().mapToInt(e -> e.text().length()).max().orElse(40);
        double sum = 0;
        List<Integer> evidence = new ArrayList<>();
        int assistant = 0;
        int longTurns = 0;
        int offStyle = 0;
        for (Turn t : callee) {
            if (ASSISTANT.matcher(t.text()).find()) {
                assistant++;
                evidence.add(t.index());
                continue;
            }
            boolean shortEnough = t.text().length() <= maxGood * 1.5;
            // a back-channel ("同意。", "Yes.", "Thanks.") has no style to judge: it is as short as the good examples want
            boolean inStyle = card.bad.length == 0 || CardProfile.contentTerms(CardProfile.terms(t.text())).size() < 2
                    || CardProfile.max(call.vec(t), card.good) >= CardProfile.max(call.vec(t), card.bad);
            if (!shortEnough) {
                longTurns++;
                evidence.add(t.index());
            }
            if (!inStyle) {
                offStyle++;
                evidence.add(t.index());
            }
            sum += (shortEnough ? 0.5 : 0.2) + (inStyle ? 0.5 : 0.2);
        }
        return Item.of(sum / callee.size(), evidence.stream().distinct().toList(),
                assistant + " assistant-like, " + longTurns + " too long, " + offStyle + " closer to the bad examples, of "
                        + callee.size() + " callee turns");
    }
}
