package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    static final String KEY = "sk-runcommandtest-9f8e7d6c5b4a3210";
    @TempDir Path tmp;

    @Test
    void offlineRunPrintsTheCallAndSavesBothForms() throws Exception {
        Path out = tmp.resolve("calls.jsonl");
        Cli r = Cli.run("run", "--seed", "3", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("offline").contains("not an LLM");
        Transcript t = TranscriptReader.readAll(out).get(0);
        assertThat(t.engine()).containsEntry("caller", "offline").containsEntry("callee", "offline");
        assertThat(r.out()).startsWith("李明：" + t.turns().get(0).text());
        assertThat(r.out()).contains("saved: " + out).contains("ended: end_condition");
        Path txt = tmp.resolve(t.id() + ".txt");
        assertThat(Files.readString(txt)).contains("张强：").contains("# ended: end_condition");
        assertThat(t.card().sha256()).hasSize(64);
        assertThat(t.prompts().sha256()).containsKeys("caller.md", "callee.md");
    }

    @Test
    void llmRunAgainstAnyCompatibleServer() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> {
            boolean caller = req.messages().get(0).path("content").asText().contains("电话拨打方");
            int asked = req.messages().size();
            if (caller) {
                return reply(asked <= 2 ? "您好张强，我是长江云服务续费专员李明，您的账户1月1日到期。" : "老客户续费享95折。");
            }
            return reply(asked <= 2 ? "折扣多少？" : "行，微信发我资料，别再打了。[END:2]");
        })) {
            Path out = tmp.resolve("llm.jsonl");
            Cli r = Cli.run(Map.of("OPENAI_API_KEY", KEY), "run", "--base-url", server.baseUrl(), "--model", "qwen-test",
                    "--callee-temperature", "0.9", "--seed", "11", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            Transcript t = TranscriptReader.readAll(out).get(0);
            assertThat(t.turns()).hasSize(4);
            assertThat(t.end().reason()).isEqualTo(EndReason.END_CONDITION);
            assertThat(t.end().condition()).isEqualTo(2);
            assertThat(t.models().get("callee").temperature()).isEqualTo(0.9);
            assertThat(t.models().get("caller").model()).isEqualTo("qwen-test");
            assertThat(server.requestCount()).isEqualTo(4);
            assertThat(server.requests().get(0).body().path("seed").asInt()).isEqualTo(11);
            assertThat(r.out() + r.err() + Files.readString(out)).doesNotContain(KEY);
            try (var files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    assertThat(Files.readString(f)).doesNotContain(KEY);
                }
            }
        }
    }

    @Test
    void unauthorizedExitsThreeWithOneLineAndKeepsThePartialTranscript() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(Response.status(401))) {
            Path out = tmp.resolve("auth.jsonl");
            Cli r = Cli.run(Map.of("OPENAI_API_KEY", KEY), "run", "--base-url", server.baseUrl(), "--model", "m",
                    "-o", out.toString());
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("401").contains("$OPENAI_API_KEY").doesNotContain(KEY).doesNotContain("\tat ");
            assertThat(TranscriptReader.readAll(out).get(0).end().reason()).isEqualTo(EndReason.AUTH_ERROR);
        }
    }

    @Test
    void refusedConnectionNamesTheEndpoint() throws Exception {
        String url;
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(reply("x"))) {
            url = server.baseUrl();
        }
        Cli r = Cli.run("run", "--base-url", url, "--model", "m", "--max-retries", "0", "-o", tmp.resolve("x.jsonl").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(url).contains("cannot connect").contains("--base-url");
    }

    @Test
    void aCardWithAnUnknownHeadingRunsAndSaysWhichLine() throws Exception {
        String card = Files.readString(Path.of("src/test/resources/labelled/holdout6/cards/flight-rebook.md"))
                .replace("### Booking details", "### The paperwork");
        Path file = Files.writeString(tmp.resolve("card.md"), card);
        Cli r = Cli.run("run", "--card", file.toString(), "--seed", "1", "--quiet", "-o", tmp.resolve("x.jsonl").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("rolecall: warning: " + file + ":9: heading \"### The paperwork\" is not a section "
                + "rolecall reads; its text is kept as what the caller knows ({{knowledge}})\n");
        assertThat(Cli.run("run", "--seed", "1", "--quiet", "-o", tmp.resolve("y.jsonl").toString()).err()).doesNotContain("warning");
    }

    @Test
    void brokenCardIsOneLineWithFileAndLineAndExitTwo() {
        Cli r = Cli.run("run", "--card", "src/test/resources/cards/broken-no-steps.md");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("rolecall: src/test/resources/cards/broken-no-steps.md:6: the caller has no "
                + "numbered script steps: add a section like '### 分步流程和话术' with '1. **step title**' items and quoted lines under them");
    }

    @Test
    void badFlagsAreUsageErrors() {
        assertThat(Cli.run("run", "--max-turns", "zero").exit()).isEqualTo(2);
        assertThat(Cli.run("run", "--engine", "gpt").err()).contains("--engine");
        assertThat(Cli.run("run", "--prompts", tmp.toString()).err()).contains("caller.md").contains("template missing");
        assertThat(Cli.run("run", "--base-url", "localhost:8000", "--model", "m").err()).contains("--base-url must start with http");
    }

    @Test
    void helpOnEveryCommand() {
        for (String cmd : List.of("run", "batch", "merge")) {
            Cli r = Cli.run(cmd, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: rolecall " + cmd);
        }
    }

    @Test
    void humanPlaysTheCallerFromStdin() throws Exception {
        var in = System.in;
        System.setIn(new java.io.ByteArrayInputStream(("您好张强，我是长江云服务李明，关于续费。\n老客户95折，资料我微信发您。\n好的，再见 /end 2\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            Path out = tmp.resolve("human.jsonl");
            Cli r = Cli.run("run", "--human", "caller", "--seed", "4", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            Transcript t = TranscriptReader.readAll(out).get(0);
            assertThat(t.engine()).containsEntry("caller", "human").containsEntry("callee", "offline");
            assertThat(t.turns().get(0).text()).isEqualTo("您好张强，我是长江云服务李明，关于续费。");
            assertThat(r.out()).contains("You are 李明").contains("张强：");
        } finally {
            System.setIn(in);
        }
    }
}
