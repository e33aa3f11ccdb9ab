package dev.rolecall.agent.offline;

import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchListener;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.text.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Developer aid: offline calls/s on one card, as {@code Bench.offline} measures it (200 warm-up calls,
 * then N calls, 2 at once), plus how many embeddings the engine asked for that were new texts and
 * the top ones (the engine's cost is embedding text it has not seen). {@code OfflineSpeed [card.md] [N]}.
 */
public final class OfflineSpeed {
    public static void main(String[] args) throws Exception {
        Card card = args.length > 0 ? CardParser.parse(Path.of(args[0])) : Fixtures.renewal();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Embedder shared = Embedder.shared();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicLong asks = new AtomicLong();
        AtomicLong embedNanos = new AtomicLong();
        Embedder counting = new Embedder() {
            @Override
            public float[] embed(String text) {
                asks.incrementAndGet();
                seen.merge(text, 1, Integer::sum);
                long t = System.nanoTime();
                float[] v = shared.embed(text);
                embedNanos.addAndGet(System.nanoTime() - t);
                return v;
            }

            @Override
            public String name() {
                return shared.name();
            }
        };
        OfflineAgentFactory f = new OfflineAgentFactory(counting);
        run(card, f, 200);
        int warmTexts = seen.size();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        embedNanos.set(0);
        long t0 = System.nanoTime();
        BatchResult r = run(card, f, n);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        // on a shared machine wall time says little; CPU time per call does not depend on the neighbours
        System.out.printf(Locale.ROOT, "%d calls (%d utterances) in %.2f s = %.0f calls/s; %.2f CPU-s = %.0f calls per CPU-second"
                        + " (x%d cores = %.0f calls/s unloaded); embed asks %d, distinct texts %d (%d after warm-up)%n",
                r.stats().calls(), r.stats().utterances(), s, r.stats().calls() / s, cpu, r.stats().calls() / cpu,
                os.getAvailableProcessors(), os.getAvailableProcessors() * r.stats().calls() / cpu, asks.get(), seen.size(), seen.size() - warmTexts);
        System.out.printf(Locale.ROOT, "  time inside embed() after warm-up: %.2f s (wall, summed over threads)%n", embedNanos.get() / 1e9);
        if (args.length > 2) {
            seen.entrySet().stream().filter(e -> e.getValue() == 1).limit(Integer.parseInt(args[2]))
                    .forEach(e -> System.out.println("  once: " + e.getKey()));
        }
    }

    private static BatchResult run(Card card, OfflineAgentFactory f, int n) throws Exception {
        Path out = Files.createTempFile("rolecall-speed", ".jsonl");
        Files.delete(out);
        try {
            return new BatchRunner().run(new BatchConfig(card, Fixtures.prompts(), f, f, 1, n, 2, 30, null, out, false, null, null),
                    BatchListener.NONE);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
