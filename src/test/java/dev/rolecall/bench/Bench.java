package dev.rolecall.bench;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.offline.OfflineAgentFactory;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiAgentFactory;
import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchListener;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.scoring.Scorer;
import dev.rolecall.scoring.Weights;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * rolecall's benchmarks, each a ratio measured in this run (see bench/run). Modes:
 * {@code all} (default), {@code heap N} (one batch of N offline calls, prints peak heap MB).
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (args.length == 2 && args[0].equals("heap")) {
            heap(Integer.parseInt(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("rolecall-bench");
        Card card = Fixtures.renewal();
        PromptSet prompts = Fixtures.prompts();
        offline(card, prompts, dir);
        scoring(card, prompts, dir);
        llm(card, prompts, dir, 32, 128);
        llm(card, prompts, dir, 256, 1024);
        rateLimited(card, prompts, dir);
    }

    static void offline(Card card, PromptSet prompts, Path dir) {
        OfflineAgentFactory f = new OfflineAgentFactory();
        run(card, prompts, f, f, 200, 2, dir.resolve("warm.jsonl"), false); // load the model, JIT
        long t0 = System.nanoTime();
        BatchResult r = run(card, prompts, f, f, 4000, 2, dir.resolve("offline.jsonl"), false);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "offline engine: %d calls (%d utterances) in %.2f s = %.0f calls/s on %d cores (target >= 200)%n",
                r.stats().calls(), r.stats().utterances(), s, r.stats().calls() / s, Runtime.getRuntime().availableProcessors());
        long t1 = System.nanoTime();
        BatchResult scored = run(card, prompts, f, f, 1000, 2, dir.resolve("offline-scored.jsonl"), true);
        double s2 = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "offline engine + scoring as it goes: %d calls in %.2f s = %.0f calls/s%n",
                scored.stats().calls(), s2, scored.stats().calls() / s2);
    }

    static void scoring(Card card, PromptSet prompts, Path dir) {
        List<Transcript> calls = TranscriptReader.readAll(dir.resolve("offline.jsonl")).subList(0, 1000);
        // vary the wording so the embedding cache does not make it look cheaper than real, LLM-written calls are
        List<Transcript> varied = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        String[] tails = {"。", "，好吗？", "，您看呢？", "，对吧。", "，麻烦您了。", "，谢谢。"};
        for (Transcript t : calls) {
            var turns = t.turns().stream().map(x -> new dev.rolecall.transcript.Turn(x.index(), x.speaker(), x.name(),
                    x.text() + tails[r.nextInt(tails.length)] + (r.nextInt(1000)), x.latencyMs(), null, null, null, null,
                    x.endMarker(), x.flags())).toList();
            varied.add(new Transcript(t.id(), t.version(), t.card(), t.prompts(), t.engine(), t.models(), t.names(), t.seed(),
                    t.startedAt(), t.endedAt(), turns, t.end(), t.totals(), t.persona(), t.inputs(), null));
        }
        Scorer scorer = new Scorer(card, Weights.defaultWeights());
        long utterances = varied.stream().mapToLong(t -> t.turns().size()).sum();
        long t0 = System.nanoTime();
        varied.parallelStream().forEach(scorer::score);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "scoring: 1000 calls (%d distinct utterances, none cached) in %.1f s = %.1f ms/call (target < 60 s)%n",
                utterances, s, s * 1000 / 1000);
    }

    /** Fake endpoint with fixed latency; the callee ends on its 3rd reply, so every call is 6 utterances. */
    static void llm(Card card, PromptSet prompts, Path dir, int c, int n) {
        long latency = 200;
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> {
            boolean callee = req.messages().get(0).path("content").asText().contains("电话接听方");
            long assistant = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
            String text = callee && assistant >= 2 ? "行，就这样。[END:1]" : "第" + (assistant + 1) + "句，" + req.messages().size();
            return Response.reply(text).after(latency);
        })) {
            AgentFactory f = llmFactory(server, RateLimiter.UNLIMITED, 3);
            // warm-up at the same concurrency: JIT, class loading and C connections, not rolecall's per-call cost
            run(card, prompts, f, f, c, c, dir.resolve("llm-warm-" + c + ".jsonl"), false);
            int before = server.requestCount();
            long t0 = System.nanoTime();
            BatchResult r = run(card, prompts, f, f, n, c, dir.resolve("llm-" + c + ".jsonl"), false);
            double wall = (System.nanoTime() - t0) / 1e9;
            double ideal = r.stats().utterances() * latency / 1000.0 / c;
            System.out.printf(Locale.ROOT,
                    "LLM batch C=%d N=%d: wall %.2f s, ideal %.2f s, wall/ideal = %.3f (target <= %.2f); requests/utterance = %.2f (%d/%d)%n",
                    c, n, wall, ideal, wall / ideal, c <= 32 ? 1.05 : 1.10,
                    (server.requestCount() - before) / (double) r.stats().utterances(), server.requestCount() - before,
                    r.stats().utterances());
        }
    }

    static void rateLimited(Card card, PromptSet prompts, Path dir) {
        SplittableRandom random = new SplittableRandom(7);
        AtomicLong limited = new AtomicLong();
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> {
            synchronized (random) {
                if (random.nextDouble() < 0.2) {
                    limited.incrementAndGet();
                    return Response.rateLimited("1").after(20);
                }
            }
            boolean callee = req.messages().get(0).path("content").asText().contains("电话接听方");
            long assistant = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
            return Response.reply(callee && assistant >= 2 ? "好。[END:1]" : "第" + (assistant + 1) + "句" + req.messages().size()).after(20);
        })) {
            AgentFactory f = llmFactory(server, RateLimiter.UNLIMITED, 8);
            BatchResult r = run(card, prompts, f, f, 128, 32, dir.resolve("llm-429.jsonl"), false);
            System.out.printf(Locale.ROOT, "20%% of requests answered 429 + Retry-After: 1: %d/%d calls completed, %d failed, %d retries, %d 429s served%n",
                    r.stats().byReason().getOrDefault(dev.rolecall.transcript.EndReason.END_CONDITION, 0L), r.stats().calls(),
                    r.stats().failures(), r.stats().retries(), limited.get());
        }
    }

    static AgentFactory llmFactory(FakeOpenAiServer server, RateLimiter limiter, int retries) {
        EndpointConfig endpoint = new EndpointConfig(server.baseUrl(), "BENCH_KEY", "sk-bench-0000000000", Duration.ofSeconds(30),
                retries, Duration.ofMillis(100));
        return new OpenAiAgentFactory(endpoint, new LlmSettings("bench-model", null, null, null), limiter);
    }

    static BatchResult run(Card card, PromptSet prompts, AgentFactory caller, AgentFactory callee, int n, int c, Path out,
                           boolean score) {
        return new BatchRunner().run(new BatchConfig(card, prompts, caller, callee, 1, n, c, 30, null, out, false, null,
                score ? new Scorer(card, Weights.defaultWeights())::scoreInto : null), BatchListener.NONE);
    }

    /** One batch of n offline calls in this JVM; prints the peak heap used, sampled every 20 ms. */
    static void heap(int n) throws Exception {
        Card card = Fixtures.renewal();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var mem = java.lang.management.ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Path out = Files.createTempFile("rolecall-heap", ".jsonl");
        Files.delete(out);
        OfflineAgentFactory f = new OfflineAgentFactory();
        BatchResult r = run(card, Fixtures.prompts(), f, f, n, 2, out, false);
        sampler.interrupt();
        System.out.printf(Locale.ROOT, "%d %d%n", r.stats().calls(), peak.get() / (1024 * 1024));
        Files.deleteIfExists(out);
    }
}
