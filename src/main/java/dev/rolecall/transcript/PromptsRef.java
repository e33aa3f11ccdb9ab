package dev.rolecall.transcript;

import java.util.Map;

/** Which prompt template set a call ran: its folder and the sha256 of each template file. */
public record PromptsRef(String dir, Map<String, String> sha256) {
    public PromptsRef {
        sha256 = Map.copyOf(sha256);
    }
}
