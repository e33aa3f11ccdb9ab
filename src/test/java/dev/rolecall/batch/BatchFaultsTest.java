package dev.rolecall.batch;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiAgentFactory;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches through the real LLM client against a fake endpoint that fails now and then. */
class BatchFaultsTest {
    @TempDir Path tmp;

    /** Caller and callee replies; the callee ends on its 2nd reply. Every 5th request fails in some way. */
    static FakeOpenAiServer flaky(long latencyMs) {
        SplittableRandom random = new SplittableRandom(3);
        return new FakeOpenAiServer(req -> {
            int roll;
            synchronized (random) {
                roll = random.nextInt(20);
            }
            switch (roll) {
                case 0: return Response.rateLimited("0.2");
                case 1: return Response.status(500);
                case 2: return Response.drop();
                case 3: return reply("迟到").after(1500); // beyond the 500 ms timeout
                default: break;
            }
            boolean callee = req.messages().get(0).path("content").asText().contains("电话接听方");
            long mine = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
            String text = callee && mine >= 1 ? "行，就这样。[END:1]" : "第" + (mine + 1) + "句，" + req.messages().size();
            return reply(text).after(latencyMs);
        });
    }

    static AgentFactory llm(FakeOpenAiServer server, Duration timeout, int retries) {
        return new OpenAiAgentFactory(new EndpointConfig(server.baseUrl(), "K", "sk-batchfaults-0000000000", timeout, retries,
                Duration.ofMillis(20)), new LlmSettings("m", null, null, null), RateLimiter.UNLIMITED);
    }

    static BatchConfig config(AgentFactory f, long n, int c, Path out) {
        return new BatchConfig(Fixtures.renewal(), Fixtures.prompts(), f, f, 1, n, c, 30, null, out, false, null, null);
    }

    @Test
    void injected429s500sTimeoutsAndResetsAreRetriedUntilEveryCallCompletes() {
        try (FakeOpenAiServer server = flaky(5)) {
            Path out = tmp.resolve("faults.jsonl");
            BatchResult r = new BatchRunner().run(config(llm(server, Duration.ofMillis(500), 8), 40, 8, out), BatchListener.NONE);
            assertThat(r.stats().calls()).isEqualTo(40);
            assertThat(r.stats().byReason()).containsEntry(EndReason.END_CONDITION, 40L);
            assertThat(r.stats().retries()).isPositive();
            List<Transcript> all = TranscriptReader.readAll(out);
            int retriesInTurns = all.stream().flatMap(t -> t.turns().stream()).mapToInt(t -> t.retries() == null ? 0 : t.retries()).sum();
            assertThat(retriesInTurns).isEqualTo(r.stats().retries());
            assertThat(server.requestCount()).isEqualTo(all.stream().mapToInt(t -> t.turns().size()).sum() + retriesInTurns);
        }
    }

    @Test
    void retriesShowInProgressWhileTheirCallsAreStillRunning() {
        // every first request of a turn is answered 429 once; one call, so nothing finishes before the end
        java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> {
            int size = req.messages().size();
            boolean callee = req.messages().get(0).path("content").asText().contains("电话接听方");
            if (seen.add(size * 2 + (callee ? 1 : 0))) {
                return Response.rateLimited("0.05");
            }
            long mine = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
            return reply(callee && mine >= 2 ? "行，就这样。[END:1]" : "第" + (mine + 1) + "句").after(5);
        })) {
            java.util.List<Long> liveBeforeFinish = new java.util.concurrent.CopyOnWriteArrayList<>();
            BatchListener watch = new BatchListener() {
                @Override
                public void spoke(BatchStats stats) {
                    if (stats.calls() == 0) {
                        liveBeforeFinish.add(stats.retriesSoFar());
                    }
                }
            };
            BatchResult r = new BatchRunner().run(config(llm(server, Duration.ofSeconds(5), 4), 1, 1, tmp.resolve("live.jsonl")), watch);
            assertThat(r.stats().retries()).isPositive();
            assertThat(liveBeforeFinish).isNotEmpty().last().isEqualTo(r.stats().retries());
            assertThat(liveBeforeFinish.get(0)).isPositive();
        }
    }

    @Test
    void killMinus9MidBatchThenResumeGivesEverySeedExactlyOnce() throws Exception {
        try (FakeOpenAiServer server = flaky(40)) {
            Path out = tmp.resolve("killed.jsonl");
            String cp = System.getProperty("java.class.path");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp, "dev.rolecall.cli.Main", "batch", "-n", "60", "-c", "4", "-o", out.toString(), "--no-score",
                    "--base-url", server.baseUrl(), "--model", "m", "--timeout", "1", "--max-retries", "8")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && (!out.toFile().exists() || out.toFile().length() < 20_000)) {
                Thread.sleep(50);
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, maybe a torn line
            child.waitFor();
            long before = TranscriptReader.readAll(out).size();
            assertThat(before).isBetween(1L, 59L);

            BatchResult resumed = new BatchRunner().run(config(llm(server, Duration.ofSeconds(1), 8), 60, 4, out), BatchListener.NONE);
            assertThat(resumed.skipped()).isEqualTo(before);
            List<Long> seeds = TranscriptReader.readAll(out).stream().map(Transcript::seed).sorted().toList();
            assertThat(seeds).isEqualTo(LongStream.rangeClosed(1, 60).boxed().toList());
        }
    }

    @Test
    void terminatingABatchWritesCallsInFlightAsInterruptedAndKeepsTheFileValid() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> reply("第" + req.messages().size() + "句").after(300))) {
            Path out = tmp.resolve("stopped.jsonl");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.rolecall.cli.Main", "batch", "-n", "1000", "-c", "4",
                    "-o", out.toString(), "--no-score", "--max-turns", "4", "--base-url", server.baseUrl(), "--model", "m")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && (!out.toFile().exists() || out.toFile().length() == 0)) {
                Thread.sleep(50);
            }
            Thread.sleep(400); // calls are in flight now
            child.destroy(); // SIGTERM: the same shutdown path as Ctrl-C
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Transcript> all = TranscriptReader.readAll(out); // throws on any malformed line
            assertThat(all).extracting(Transcript::seed).doesNotHaveDuplicates();
            assertThat(all).anySatisfy(t -> assertThat(t.end().reason()).isEqualTo(EndReason.INTERRUPTED));
            assertThat(all.size()).isLessThan(1000);
        }
    }

    @Test
    void mergingShardsEqualsTheWholeBatch() {
        var f = dev.rolecall.testing.SeedAgentFactory.healthy();
        Path whole = tmp.resolve("whole.jsonl");
        new BatchRunner().run(config(f, 23, 3, whole), BatchListener.NONE);
        List<Path> parts = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path part = tmp.resolve("p" + k + ".jsonl");
            new BatchRunner().run(new BatchConfig(Fixtures.renewal(), Fixtures.prompts(), f, f, 1, 23, 3, 30, new Shard(k, 3), part,
                    false, null, null), BatchListener.NONE);
            parts.add(part);
        }
        parts.add(parts.get(0)); // a shard handed in twice: its calls must not be duplicated
        Path merged = tmp.resolve("merged.jsonl");
        Merger.Result r = Merger.merge(parts, merged);
        assertThat(r.written()).isEqualTo(23);
        assertThat(r.duplicates()).isEqualTo(TranscriptReader.readAll(parts.get(0)).size());
        assertThat(TranscriptReader.readAll(merged).stream().map(Transcript::seed).sorted().toList())
                .isEqualTo(TranscriptReader.readAll(whole).stream().map(Transcript::seed).sorted().toList());
    }
}
