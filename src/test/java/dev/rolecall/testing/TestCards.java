package dev.rolecall.testing;

import dev.rolecall.card.Card;
import dev.rolecall.card.EndCondition;
import dev.rolecall.card.Role;
import dev.rolecall.card.ScriptStep;
import dev.rolecall.card.Side;
import java.nio.file.Path;
import java.util.List;

/** A small card built from records, for tests that must not depend on the parser. */
public final class TestCards {
    private TestCards() {}

    public static Card minimal() {
        Side caller = new Side(Role.CALLER, "王芳", "快递公司", "配送调度员", "约定送货时间", "客户买了沙发", "",
                List.of(new ScriptStep(1, "开场", List.of("您好，我是快递公司王芳。"), 3)),
                List.of(), "您好，我是快递公司王芳，想和您约送货时间。",
                List.of(new EndCondition(1, "客户确认送货时间", 5), new EndCondition(2, "客户拒绝", 6)),
                List.of("谢谢，再见。"), List.of(), List.of(), List.of(), List.of(), "raw caller", 1);
        Side callee = new Side(Role.CALLEE, "刘洋", "", "顾客", "", "", "刚下班", List.of(), List.of(), "",
                List.of(new EndCondition(1, "确认时间", 10), new EndCondition(2, "不想再聊", 11)),
                List.of(), List.of(), List.of(), List.of(), List.of(), "raw callee", 8);
        return new Card(Path.of("test-card.md"), "0".repeat(64), caller, callee);
    }
}
