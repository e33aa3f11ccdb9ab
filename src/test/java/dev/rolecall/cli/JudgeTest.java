package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
    static final Path LOG = Path.of("src/test/resources/transcripts/renewal-invented.txt");
    static final String VERDICT = "好的，评分如下：{\"items\": {\"opening\": {\"score\": 1.0, \"reason\": \"身份公司来意都有\"},"
            + " \"knowledge\": {\"score\": 0.4, \"reason\": \"9折、7天与卡片不符\"}}}";
    @TempDir Path tmp;

    JsonNode judged(FakeOpenAiServer server) {
        Path out = tmp.resolve("j" + System.nanoTime() + ".jsonl");
        Cli r = Cli.run(Map.of(), "score", LOG.toString(), "--judge", "--base-url", server.baseUrl(), "--judge-model", "judge-x",
                "--max-retries", "0", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        lastScore = TranscriptReader.readAll(out).get(0).score();
        return lastScore.get("judge");
    }

    JsonNode lastScore;

    @Test
    void judgeScoresAreStoredBesideTheRulesWithAgreement() {
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply(VERDICT))) {
            JsonNode judge = judged(server);
            assertThat(judge.get("model").asText()).isEqualTo("judge-x");
            assertThat(judge.at("/items/knowledge/score").asDouble()).isEqualTo(0.4);
            // agreement is 1 - |rule - judge| for each item both scored
            double rule = lastScore.at("/items/knowledge/score").asDouble();
            assertThat(rule).isLessThan(0.6);
            assertThat(judge.at("/agreement/knowledge").asDouble()).isCloseTo(1 - Math.abs(rule - 0.4),
                    org.assertj.core.data.Offset.offset(0.001));
            assertThat(judge.at("/agreement/opening").asDouble()).isEqualTo(1.0);
            assertThat(server.requestCount()).isEqualTo(1);
            String system = server.requests().get(0).messages().get(0).path("content").asText();
            assertThat(system).contains("9折").contains("95折").contains("李明（caller）");
        }
    }

    @Test
    void unparseableOutputIsRetriedOnceThenReportedNotThrown() {
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply("我觉得还行吧"), reply(VERDICT))) {
            JsonNode judge = judged(server);
            assertThat(judge.has("items")).isTrue();
            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(server.requests().get(1).lastMessage().path("content").asText()).contains("JSON");
        }
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply("不是 JSON"))) {
            JsonNode judge = judged(server);
            assertThat(judge.get("error").asText()).contains("not the expected JSON");
            assertThat(server.requestCount()).isEqualTo(2);
        }
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(Response.status(500))) {
            assertThat(judged(server).get("error").asText()).contains("500");
        }
    }
}
