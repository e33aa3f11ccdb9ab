package dev.rolecall.transcript;

import java.util.stream.Collectors;

/** The readable form of a call: a header, one {@code name：text} line per utterance, and how it ended. */
public final class TextRenderer {

    private TextRenderer() {}

    public static String render(Transcript t) {
        StringBuilder sb = new StringBuilder();
        sb.append("# call ").append(t.id()).append("  seed ").append(t.seed()).append('\n');
        sb.append("# card ").append(t.card().path()).append("  engines ")
                .append(t.engine().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append('\n');
        for (Turn turn : t.turns()) {
            sb.append(line(turn)).append('\n');
        }
        sb.append("# ").append(describe(t.end())).append('\n');
        return sb.toString();
    }

    public static String line(Turn turn) {
        String marker = turn.endMarker() == null ? "" : "  [END:" + turn.endMarker() + "]";
        String flags = turn.flags().isEmpty() ? "" : "  {" + String.join(", ", turn.flags()) + "}";
        String text = turn.text().isEmpty() && turn.endMarker() != null ? "（挂断 / ends the call）" : turn.text();
        return turn.name() + "：" + text + marker + flags;
    }

    public static String describe(Ending end) {
        if (end == null) {
            return "ended: unknown";
        }
        StringBuilder sb = new StringBuilder("ended: ").append(end.reason().id());
        if (end.by() != null) {
            sb.append(" by ").append(end.by().id());
        }
        if (end.condition() != null) {
            sb.append(", condition ").append(end.condition());
            if (end.conditionText() != null) {
                sb.append(" (").append(end.conditionText()).append(')');
            }
        }
        if (end.detail() != null) {
            sb.append(": ").append(end.detail());
        }
        return sb.toString();
    }
}
