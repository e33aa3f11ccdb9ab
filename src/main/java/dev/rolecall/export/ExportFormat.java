package dev.rolecall.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.transcript.TranscriptJson;
import java.util.List;

/**
 * The training-data formats export writes. Each constant writes its own record, so adding a format
 * is one constant here; nothing else switches on the format.
 */
public enum ExportFormat {
    /** OpenAI chat fine-tuning: {@code {"messages":[{"role","content"}...]}}. */
    openai {
        @Override
        public ObjectNode record(List<ChatFormat.Message> messages) {
            ObjectNode root = TranscriptJson.MAPPER.createObjectNode();
            ArrayNode arr = root.putArray("messages");
            messages.forEach(m -> arr.addObject().put("role", m.role()).put("content", m.content()));
            return root;
        }
    },
    /** ShareGPT: {@code {"conversations":[{"from":"system|human|gpt","value"}...]}}. */
    sharegpt {
        @Override
        public ObjectNode record(List<ChatFormat.Message> messages) {
            ObjectNode root = TranscriptJson.MAPPER.createObjectNode();
            ArrayNode arr = root.putArray("conversations");
            messages.forEach(m -> arr.addObject().put("from", switch (m.role()) {
                case "system" -> "system";
                case "user" -> "human";
                default -> "gpt";
            }).put("value", m.content()));
            return root;
        }
    };

    /** One call's messages as one JSONL record of this format. */
    public abstract ObjectNode record(List<ChatFormat.Message> messages);
}
