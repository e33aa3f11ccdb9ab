package dev.rolecall.prompt;

import dev.rolecall.card.Card;
import dev.rolecall.card.Concern;
import dev.rolecall.card.Role;
import dev.rolecall.card.Side;
import dev.rolecall.card.StyleExample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The placeholder values a card offers to the template of one side. Documented in prompts/README.md. */
public final class CardValues {

    private CardValues() {}

    public static Map<String, String> of(Card card, Role role) {
        Side self = card.side(role);
        Side other = card.side(role.other());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("self_name", self.displayName());
        v.put("other_name", other.displayName());
        v.put("self_org", self.organization());
        v.put("other_org", other.organization());
        v.put("role", self.roleText());
        v.put("task", self.task());
        v.put("knowledge", self.knowledge());
        v.put("background", self.background());
        v.put("steps", self.steps().stream()
                .map(s -> s.number() + ". " + s.title() + s.lines().stream()
                        .map(l -> "\n   - “" + l + "”").collect(Collectors.joining()))
                .collect(Collectors.joining("\n")));
        v.put("qa", self.qa().stream()
                .map(q -> "- 问：" + q.question() + "\n  答：" + q.answer())
                .collect(Collectors.joining("\n")));
        // the card's don'ts (禁止事项, 红线, Not allowed): a model that never reads them cannot keep them
        v.put("rules", self.rules());
        v.put("opening", self.opening());
        v.put("end_conditions", self.endConditions().stream()
                .map(c -> "[END:" + c.number() + "] " + c.text())
                .collect(Collectors.joining("\n")));
        v.put("closings", bullets(self.closings(), Function.identity()));
        v.put("concerns", bullets(self.concerns(), Concern::text));
        v.put("behaviours", bullets(self.behaviours(), Function.identity()));
        v.put("style_good", bullets(self.goodExamples(), StyleExample::text));
        v.put("style_bad", bullets(self.badExamples(), StyleExample::text));
        v.put("side_raw", self.raw());
        v.put("other_raw_knowledge", self.knowledge());
        return v;
    }

    private static <T> String bullets(List<T> items, Function<T, String> text) {
        return items.stream().map(i -> "- " + text.apply(i)).collect(Collectors.joining("\n"));
    }
}
