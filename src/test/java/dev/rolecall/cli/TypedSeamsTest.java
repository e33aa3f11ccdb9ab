package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs that lived in the stringly typed seams: personas, card resolution, fenced code in cards. */
class TypedSeamsTest {
    @TempDir Path tmp;

    @Test
    void personasReachAnLlmCallee() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> reply(req.messages().size() > 5 ? "好，再见 [END:1]" : "嗯，说吧。"))) {
            Path out = tmp.resolve("p.jsonl");
            Cli r = Cli.run(Map.of("OPENAI_API_KEY", "sk-x"), "batch", "-n", "3", "--personas", "--callee-engine", "openai",
                    "--base-url", server.baseUrl(), "--model", "m", "--no-progress-bar", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            List<Transcript> calls = TranscriptReader.readAll(out);
            for (Transcript t : calls) {
                String mood = t.persona().get("mood").toString();
                String patience = t.persona().get("patience") + "/5";
                boolean seen = server.requests().stream()
                        .map(q -> q.messages().get(0).path("content").asText())
                        .anyMatch(system -> system.contains("电话接听方") && system.contains("情绪：" + mood)
                                && system.contains("耐心：" + patience));
                assertThat(seen).as("persona of seed %d in a callee system prompt", t.seed()).isTrue();
            }
        }
    }

    @Test
    void aCallScoresTheSameAloneAndWithinAFile() throws Exception {
        Path both = tmp.resolve("both.jsonl");
        Path alone = tmp.resolve("alone.jsonl");
        assertThat(Cli.run("run", "--seed", "4", "--no-score", "-o", both.toString()).exit()).isZero();
        assertThat(Cli.run("run", "--seed", "5", "--caller-name", "王五", "--no-score", "-o", both.toString()).exit()).isZero();
        Files.writeString(alone, Files.readAllLines(both).get(1) + "\n");
        Cli a = Cli.run("score", "--json", alone.toString());
        Cli b = Cli.run("score", "--json", both.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        JsonNode scoredAlone = TranscriptJson.MAPPER.readTree(a.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        JsonNode scoredInFile = TranscriptJson.MAPPER.readTree(b.out().lines().filter(l -> l.startsWith("{")).toList().get(1));
        assertThat(scoredInFile.toString()).isEqualTo(scoredAlone.toString());
    }

    @Test
    void fencedCodeAndCommentsInACardAreIgnored() throws Exception {
        String bundled = Files.readString(Path.of("prompts/cards/renewal.md"));
        Path card = Files.writeString(tmp.resolve("fenced.md"), bundled
                + "\n<!-- ## 电话接听方 (an editor's note) -->\n```markdown\n# Callee template\n## 电话拨打方\n1. **not a step**\n```\n");
        Card original = CardParser.parse(Path.of("prompts/cards/renewal.md"));
        Card fenced = CardParser.parse(card);
        assertThat(fenced.caller().steps()).isEqualTo(original.caller().steps());
        assertThat(fenced.callee().concerns()).isEqualTo(original.callee().concerns());
    }
}
