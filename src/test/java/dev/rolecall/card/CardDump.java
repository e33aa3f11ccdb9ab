package dev.rolecall.card;

import java.nio.file.Path;

public class CardDump {
    public static void main(String[] args) {
        Card c = CardParser.parse(Path.of(args[0]));
        for (Side s : java.util.List.of(c.caller(), c.callee())) {
            System.out.println("== " + s.role() + " name=" + s.name() + " org=" + s.organization() + " line=" + s.line());
            System.out.println("role: " + s.roleText().substring(0, Math.min(60, s.roleText().length())));
            System.out.println("task: " + s.task());
            System.out.println("knowledge: " + s.knowledge().length() + " bg: " + s.background().length());
            s.steps().forEach(st -> System.out.println("step " + st.number() + " " + st.title() + " @" + st.line() + " " + st.lines()));
            s.qa().forEach(q -> System.out.println("Q " + q.question() + " | A " + q.answer()));
            System.out.println("opening: " + s.opening());
            s.endConditions().forEach(e -> System.out.println("end " + e.number() + " " + e.text()));
            s.closings().forEach(e -> System.out.println("close " + e));
            s.concerns().forEach(e -> System.out.println("concern " + e.level() + " " + e.text()));
            s.behaviours().forEach(e -> System.out.println("beh " + e));
            s.style().forEach(e -> System.out.println("style " + e.good() + " " + e.text() + " // " + e.note()));
            s.sections().forEach(e -> System.out.println("section " + e.title() + " @" + e.line()));
        }
    }
}
