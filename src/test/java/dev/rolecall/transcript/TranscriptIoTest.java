package dev.rolecall.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolecall.card.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptIoTest {
    @TempDir Path tmp;

    static Transcript sample(String id, long seed) {
        List<Turn> turns = List.of(
                new Turn(0, Role.CALLER, "李明", "您好，我是李明。", 120, 300, 20, 0, null, null, List.of()),
                new Turn(1, Role.CALLEE, "张强", "说吧。", 80, 330, 5, null, 1, 2, List.of("speaker_label")));
        return new Transcript(id, Transcript.FORMAT_VERSION, new CardRef("prompts/cards/renewal.md", "ab"),
                new PromptsRef("prompts", Map.of("caller.md", "cd")), Map.of("caller", "openai", "callee", "offline"),
                Map.of("caller", new ModelSettings("openai", "http://127.0.0.1:1/v1", "m", 0.7, 1, 200),
                        "callee", ModelSettings.offline()),
                Map.of("caller", "李明", "callee", "张强"), seed, Instant.parse("2026-11-24T10:00:00Z"),
                Instant.parse("2026-11-24T10:00:05Z"), turns,
                new Ending(Role.CALLEE, 2, "张强明示需微信补发", EndReason.END_CONDITION, null),
                new Totals(2, 200, 5000, 630, 25, 0, 1, 3), null, null, null);
    }

    @Test
    void roundTripsThroughJsonl() {
        Path file = tmp.resolve("out/calls.jsonl");
        try (TranscriptWriter w = new TranscriptWriter(file)) {
            w.append(sample("a", 1));
            w.append(sample("b", 2));
        }
        List<Transcript> back = TranscriptReader.readAll(file);
        assertThat(back).containsExactly(sample("a", 1), sample("b", 2));
    }

    @Test
    void jsonUsesTheDocumentedFieldNames() throws Exception {
        String line = TranscriptJson.toLine(sample("a", 1));
        var node = TranscriptJson.MAPPER.readTree(line);
        assertThat(node.get("startedAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(node.get("turns").get(1).get("speaker").asText()).isEqualTo("callee");
        assertThat(node.get("end").get("reason").asText()).isEqualTo("end_condition");
        assertThat(node.get("end").get("condition").asInt()).isEqualTo(2);
        assertThat(node.get("models").get("callee").get("engine").asText()).isEqualTo("offline");
    }

    @Test
    void tornLastLineIsSkippedAndTheNextAppendStartsOnItsOwnLine() throws Exception {
        Path file = tmp.resolve("calls.jsonl");
        try (TranscriptWriter w = new TranscriptWriter(file)) {
            w.append(sample("a", 1));
        }
        String full = TranscriptJson.toLine(sample("b", 2));
        String torn = full.substring(0, full.length() / 2);
        Files.writeString(file, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        var problems = TranscriptReader.forEach(file, t -> {});
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));

        try (TranscriptWriter w = new TranscriptWriter(file)) {
            assertThat(w.repairedBytes()).isEqualTo(torn.getBytes(StandardCharsets.UTF_8).length);
            w.append(sample("c", 3));
        }
        assertThat(TranscriptReader.readAll(file)).extracting(Transcript::id).containsExactly("a", "c");
    }

    @Test
    void aBadLineInTheMiddleIsAnErrorWithItsLineNumber() throws Exception {
        Path file = tmp.resolve("bad.jsonl");
        Files.writeString(file, TranscriptJson.toLine(sample("a", 1)) + "\n{oops\n"
                + TranscriptJson.toLine(sample("b", 2)) + "\n");
        assertThatThrownBy(() -> TranscriptReader.readAll(file)).hasMessageStartingWith(file + ":2: ");
    }
}
