package dev.rolecall.export;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * One call as a training example from one side's view, exactly what that side's LLM agent saw:
 * the system prompt, the caller's first-turn cue, then its own turns as assistant messages (with
 * the end marker it should learn to emit) and the other side's as user messages. Trailing user
 * messages are dropped: an example ends on something the model should say.
 */
public final class ChatFormat {
    public record Message(String role, String content) {}

    private ChatFormat() {}

    public static List<Message> messages(String systemPrompt, String firstTurn, Role side, List<Turn> turns) {
        List<Message> m = new ArrayList<>();
        m.add(new Message("system", systemPrompt));
        if (side == Role.CALLER) {
            m.add(new Message("user", firstTurn));
        }
        for (Turn t : turns) {
            boolean own = t.speaker() == side;
            String text = t.text() + (own && t.endMarker() != null ? " [END:" + t.endMarker() + "]" : "");
            if (!text.isBlank()) {
                m.add(new Message(own ? "assistant" : "user", text.strip()));
            }
        }
        while (!m.isEmpty() && !m.get(m.size() - 1).role().equals("assistant")) {
            m.remove(m.size() - 1);
        }
        return m;
    }

    /** OpenAI's fine-tuning rules: known roles, non-empty content, at least one assistant message. */
    public static List<String> problems(List<Message> messages) {
        List<String> p = new ArrayList<>();
        if (messages.stream().noneMatch(m -> m.role().equals("assistant"))) {
            p.add("no assistant message");
        }
        for (Message m : messages) {
            if (!List.of("system", "user", "assistant").contains(m.role())) {
                p.add("unknown role " + m.role());
            }
            if (m.content() == null || m.content().isBlank()) {
                p.add("empty " + m.role() + " message");
            }
        }
        return p;
    }
}
