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
        return judged(server, LOG);
    }

    JsonNode judged(FakeOpenAiServer server, Path log) {
        Path out = tmp.resolve("j" + System.nanoTime() + ".jsonl");
        Cli r = Cli.run(Map.of(), "score", log.toString(), "--judge", "--base-url", server.baseUrl(), "--judge-model", "judge-x",
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

    /** The judge's quoted errors count only when the quote is the caller's own words; each one that counts caps the score. */
    @Test
    void quotedErrorsOfMeaningCapTheScoreOnlyWhenTheQuoteIsReal() {
        String withErrors = "{\"items\": {\"knowledge\": {\"score\": 0.3, \"reason\": \"数据保留期说错\"}},"
                + " \"errors\": [{\"turn\": 6, \"quote\": \"到期后数据保留7天\", \"kind\": \"invented\", \"card\": \"30天\"},"
                + " {\"turn\": 4, \"quote\": \"我们免费送您三个月\", \"kind\": \"promise\", \"card\": \"卡片没有\"},"
                + " {\"turn\": 3, \"quote\": \"价格有没有优惠\", \"kind\": \"invented\", \"card\": \"\"}]}";
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply(withErrors))) {
            JsonNode judge = judged(server);
            assertThat(lastScore.get("critical")).anySatisfy(c -> assertThat(c.asText())
                    .isEqualTo("judge: turn 6: invented: 到期后数据保留7天 (card: 30天)"));
            // made up, and the customer's words: neither counts, both are kept as unverified
            assertThat(lastScore.get("critical")).noneSatisfy(c -> assertThat(c.asText()).contains("免费送您"));
            assertThat(lastScore.get("critical")).noneSatisfy(c -> assertThat(c.asText()).contains("价格有没有优惠"));
            assertThat(judge.get("unverified")).hasSize(2);
            assertThat(lastScore.get("overall").asDouble()).isLessThanOrEqualTo(60);
            String system = server.requests().get(0).messages().get(0).path("content").asText();
            assertThat(system).contains("[6] 李明（caller）：放心，到期后数据保留7天");
        }
        Path faithful = Path.of("src/test/resources/transcripts/renewal-faithful.txt");
        String none = "{\"items\": {\"knowledge\": {\"score\": 1.0, \"reason\": \"一致\"}}, \"errors\": []}";
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply(none))) {
            judged(server, faithful);
            assertThat(lastScore.get("critical")).isEmpty();
            assertThat(lastScore.get("overall").asDouble()).isGreaterThan(60);
        }
        // the same clean call, with one real quote the rules passed: the judge's error alone caps it
        String one = "{\"items\": {\"knowledge\": {\"score\": 0.5, \"reason\": \"x\"}}, \"errors\": [{\"turn\": 4,"
                + " \"quote\": \"到期前操作就行\", \"kind\": \"contradiction\", \"card\": \"test\"}]}";
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply(one))) {
            judged(server, faithful);
            assertThat(lastScore.get("critical")).singleElement().satisfies(c -> assertThat(c.asText()).startsWith("judge: turn 4: contradiction"));
            assertThat(lastScore.get("overall").asDouble()).isEqualTo(60.0);
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
