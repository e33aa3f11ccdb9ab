package dev.rolecall.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The callee persona drawn for one call of a batch ({@code --personas}): mood, patience (1..5),
 * decision tendency and the concern that leads. Recorded in the transcript as a map; rendered for
 * an LLM callee through the {@code {{persona}}} placeholder, so the customer model plays the
 * variant the offline engine would.
 */
public record PersonaVariant(String mood, Integer patience, String tendency, String leadConcern) {

    public static PersonaVariant from(Map<String, Object> persona) {
        if (persona == null) {
            return new PersonaVariant(null, null, null, null);
        }
        return new PersonaVariant(text(persona.get("mood")),
                persona.get("patience") instanceof Number n ? n.intValue() : null,
                text(persona.get("tendency")), text(persona.get("leadConcernText")));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    public boolean isEmpty() {
        return mood == null && patience == null && tendency == null && leadConcern == null;
    }

    /** One line the model can act on, in the card's language; empty when no variant was drawn. */
    public String describe(boolean chinese) {
        if (isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (mood != null) {
            parts.add((chinese ? "情绪：" : "mood: ") + mood);
        }
        if (patience != null) {
            parts.add((chinese ? "耐心：" : "patience: ") + patience + "/5");
        }
        if (tendency != null) {
            parts.add((chinese ? "决策倾向：" : "decision tendency: ") + tendency);
        }
        if (leadConcern != null) {
            parts.add((chinese ? "最先关心：" : "raise first: ") + leadConcern);
        }
        return (chinese ? "本次通话中你的状态（请按此扮演）：" : "Play this call as follows: ") + String.join(chinese ? "；" : "; ", parts);
    }
}
