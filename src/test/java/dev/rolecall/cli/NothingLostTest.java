package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run either completes or says loudly what it did not do: blank replies, human hang-ups,
 * failed calls and interrupted batches all leave a saved, scored file and an honest exit code.
 */
class NothingLostTest {
    static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", "sk-test-nothing-lost");
    @TempDir Path tmp;

    /** Replies by conversation position; every third reply or so is blank or a bare end marker. */
    static FakeOpenAiServer blankish() {
        return new FakeOpenAiServer(req -> {
            String last = req.lastMessage().path("content").asText();
            int h = Math.floorMod((last + req.messages().size() + req.body().path("seed").asInt()).hashCode(), 100);
            if (h < 15) {
                return reply("");
            }
            if (h < 30) {
                return reply("[END:1]");
            }
            return reply("好的，第" + req.messages().size() + "句，明白了。");
        });
    }

    static String lastLine(String s) {
        List<String> lines = s.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void blankRepliesAndBareMarkersAreScoredEndingsAndTheBatchCompletes() throws Exception {
        try (FakeOpenAiServer server = blankish()) {
            Path out = tmp.resolve("b.jsonl");
            Cli r = Cli.run(ENV, "batch", "--base-url", server.baseUrl(), "--model", "m", "-n", "40", "-c", "4",
                    "--no-progress-bar", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            // the last progress line counts utterances and retries as well as calls
            assertThat(r.err()).contains("40/40 calls").contains("utterances/s").contains("retries 0");
            List<Transcript> calls = TranscriptReader.readAll(out);
            assertThat(calls).hasSize(40);
            assertThat(calls).allSatisfy(t -> assertThat(t.score()).as("call %d scored", t.seed()).isNotNull());
            // both kinds of blank occurred, so the test covers what it claims
            assertThat(calls).anySatisfy(t -> assertThat(t.end().reason()).isEqualTo(EndReason.EMPTY_REPLY));
            Transcript bare = calls.stream().filter(t -> t.turns().stream().anyMatch(x -> x.flags().contains("end_only")))
                    .findFirst().orElseThrow();
            assertThat(bare.end().reason()).isEqualTo(EndReason.END_CONDITION);
            assertThat(bare.turns().get(bare.turns().size() - 1).text()).isEmpty();

            // and a file with empty turns scores again without a crash
            Cli s = Cli.run("score", out.toString());
            assertThat(s.exit()).as(s.err()).isZero();
            assertThat(s.out().lines().count()).isGreaterThan(40);
        }
    }

    @Test
    void humanHangUpsAreSavedAndScored() throws Exception {
        for (String input : List.of("/end 1\n", "", "\n\n您好张强，我是李明，关于续费。\n/help\n/end 3\n")) {
            Path out = tmp.resolve("h" + input.length() + ".jsonl");
            var stdin = System.in;
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            try {
                Cli r = Cli.run("run", "--human", "caller", "--seed", "2", "-o", out.toString());
                assertThat(r.exit()).as("input %s: %s", input, r.err()).isZero();
                Transcript t = TranscriptReader.readAll(out).get(0);
                assertThat(t.score()).as("input %s", input).isNotNull();
                assertThat(t.turns()).noneMatch(x -> x.text().startsWith("/"));
            } finally {
                System.setIn(stdin);
            }
        }
    }

    @Test
    void failedCallsMakeTheBatchExitNonZeroWithTheCommandThatFinishesIt() throws Exception {
        AtomicInteger failing = new AtomicInteger(1);
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> {
            if (failing.get() == 1 && req.body().path("seed").asInt() % 3 == 0) {
                return FakeOpenAiServer.Response.status(500);
            }
            return reply(req.messages().size() > 6 ? "好的再见 [END:1]" : "嗯，第" + req.messages().size() + "句。");
        })) {
            Path out = tmp.resolve("f.jsonl");
            String[] args = {"batch", "--base-url", server.baseUrl(), "--model", "m", "-n", "9", "-c", "3",
                    "--max-retries", "0", "--no-progress-bar", "-o", out.toString()};
            Cli r = Cli.run(ENV, args);
            assertThat(r.exit()).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(r.err()).contains("3 calls").contains("--retry-failed").contains(out.toString());
            // running it again without the flag does not pretend the job is done
            assertThat(Cli.run(ENV, args).exit()).isEqualTo(ExitCodes.INCOMPLETE);
            failing.set(0);
            String printed = r.err().substring(r.err().indexOf("rolecall batch ") + "rolecall ".length()).strip();
            Cli fixed = Cli.run(ENV, printed.split(" "));
            assertThat(fixed.exit()).as(fixed.err()).isZero();
            List<Transcript> calls = TranscriptReader.readAll(out);
            assertThat(calls).hasSize(9).allSatisfy(t -> assertThat(t.end().reason()).isEqualTo(EndReason.END_CONDITION));
        }
    }

    @Test
    void authAbortThenRerunIsNotReportedAsDone() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(FakeOpenAiServer.Response.status(401))) {
            Path out = tmp.resolve("a.jsonl");
            String[] args = {"batch", "--base-url", server.baseUrl(), "--model", "m", "-n", "4", "-c", "4",
                    "--no-progress-bar", "-o", out.toString()};
            Cli first = Cli.run(ENV, args);
            assertThat(first.exit()).isEqualTo(ExitCodes.ENDPOINT);
            assertThat(first.err()).contains("--retry-failed");
            Cli again = Cli.run(ENV, args);
            assertThat(again.exit()).isNotZero();
            assertThat(again.err()).contains("--retry-failed");
        }
    }

    @Test
    void resumeRefusesAFileMadeFromOtherInputs() throws Exception {
        Path out = tmp.resolve("r.jsonl");
        assertThat(Cli.run("batch", "-n", "3", "--no-progress-bar", "-o", out.toString()).exit()).isZero();
        long before = Files.size(out);
        Cli other = Cli.run("batch", "-n", "3", "--no-progress-bar", "--card", "prompts/cards/delivery.md", "-o", out.toString());
        assertThat(other.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(lastLine(other.err())).contains(out + ":1:").contains("card changed").contains("another -o FILE");
        assertThat(other.err().lines().filter(l -> l.startsWith("rolecall: ") && l.contains("other inputs")).count()).isOne();
        Cli turns = Cli.run("batch", "-n", "3", "--no-progress-bar", "--max-turns", "12", "-o", out.toString());
        assertThat(turns.err()).contains("--max-turns changed (30 → 12)");
        Cli personas = Cli.run("batch", "-n", "3", "--no-progress-bar", "--personas", "-o", out.toString());
        assertThat(personas.err()).contains("--personas");
        assertThat(Files.size(out)).isEqualTo(before);
        // the same inputs resume: nothing new is run
        Cli same = Cli.run("batch", "-n", "3", "--no-progress-bar", "-o", out.toString());
        assertThat(same.exit()).isZero();
        assertThat(Files.size(out)).isEqualTo(before);
    }

    @Test
    void aSecondWriterOfTheSameFileIsRefused() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> reply("嗯。" + req.messages().size()).after(300))) {
            Path out = tmp.resolve("l.jsonl");
            Cli[] first = new Cli[1];
            Thread t = new Thread(() -> first[0] = Cli.run(ENV, "batch", "--base-url", server.baseUrl(), "--model", "m",
                    "-n", "2", "--max-turns", "4", "--no-progress-bar", "-o", out.toString()));
            t.start();
            while (server.requestCount() == 0) {
                Thread.sleep(10);
            }
            Cli second = Cli.run(ENV, "batch", "--base-url", server.baseUrl(), "--model", "m", "-n", "2",
                    "--max-turns", "4", "--no-progress-bar", "-o", out.toString());
            t.join();
            assertThat(second.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(lastLine(second.err())).contains("another rolecall is writing").contains(out.toString());
            assertThat(first[0].exit()).as(first[0].err()).isZero();
            assertThat(TranscriptReader.readAll(out)).hasSize(2);
        }
    }

    @Test
    void anOutputThatCannotBeWrittenFailsBeforeTheCallIsSpent() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> reply("好的。"))) {
            Path dir = Files.createDirectories(tmp.resolve("a-folder.jsonl"));
            Cli r = Cli.run(ENV, "run", "--base-url", server.baseUrl(), "--model", "m", "-o", dir.toString());
            assertThat(r.exit()).isNotZero();
            assertThat(r.err().strip().lines()).last().asString().contains("a-folder.jsonl").contains("cannot open for writing");
            assertThat(r.err()).doesNotContain("\tat ");
            assertThat(server.requestCount()).as("no LLM call is spent on a call that cannot be saved").isZero();
        }
    }
}
