package dev.rolecall.orchestrator;

import dev.rolecall.card.Role;
import dev.rolecall.card.Side;
import java.util.ArrayList;
import java.util.List;

/** The labels a model may put before a line of each side: the person's name and role words. */
final class SpeakerLabels {
    private static final List<String> CALLER_WORDS = List.of("电话拨打方", "拨打方", "客服", "坐席", "销售",
            "Caller", "caller", "Agent", "agent", "Rep", "rep");
    private static final List<String> CALLEE_WORDS = List.of("电话接听方", "接听方", "客户", "Callee", "callee",
            "Customer", "customer", "User", "user");

    private SpeakerLabels() {}

    static List<String> of(Side side) {
        List<String> labels = new ArrayList<>();
        if (!side.name().isBlank()) {
            labels.add(side.name());
        }
        labels.addAll(side.role() == Role.CALLER ? CALLER_WORDS : CALLEE_WORDS);
        return labels;
    }
}
