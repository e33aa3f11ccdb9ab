package dev.rolecall.batch;

import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running totals of a batch, updated as each call finishes. Everything is a counter or a
 * fixed-size histogram: memory does not grow with the number of calls.
 */
public final class BatchStats {
    private final Map<EndReason, Long> byReason = new EnumMap<>(EndReason.class);
    private final Map<String, Long> byCondition = new TreeMap<>();
    private final Histogram turns = new Histogram();
    private final Histogram utteranceLatency = new Histogram();
    private final Histogram callDuration = new Histogram();
    private long calls;
    private long utterances;
    private long promptTokens;
    private long completionTokens;
    private long cachedTokens;
    private long retries;
    /** Counted as each utterance is spoken, so progress shows retries while a call is still running. */
    private final java.util.concurrent.atomic.LongAdder spokenRetries = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder spoken = new java.util.concurrent.atomic.LongAdder();
    private long requests;
    private double scoreSum;
    private long scored;

    public synchronized void add(Transcript t) {
        calls++;
        EndReason reason = t.end() == null ? EndReason.INTERRUPTED : t.end().reason();
        byReason.merge(reason, 1L, Long::sum);
        if (t.end() != null && t.end().condition() != null && t.end().by() != null) {
            String key = t.end().by().id() + " " + t.end().condition()
                    + (t.end().conditionText() == null ? "" : " " + abbreviate(t.end().conditionText()));
            byCondition.merge(key, 1L, Long::sum);
        }
        turns.add(t.turns().size());
        for (Turn turn : t.turns()) {
            utteranceLatency.add(turn.latencyMs());
        }
        utterances += t.turns().size();
        if (t.totals() != null) {
            callDuration.add(t.totals().durationMs());
            promptTokens += t.totals().promptTokens() == null ? 0 : t.totals().promptTokens();
            completionTokens += t.totals().completionTokens() == null ? 0 : t.totals().completionTokens();
            cachedTokens += t.totals().cachedTokens() == null ? 0 : t.totals().cachedTokens();
            retries += t.totals().retries();
            requests += t.totals().llmRequests();
        }
        var card = dev.rolecall.scoring.Scorecard.of(t);
        if (card.isPresent()) {
            scoreSum += card.get().overall();
            scored++;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }

    public synchronized long calls() {
        return calls;
    }

    public synchronized long failures() {
        return byReason.entrySet().stream().filter(e -> ResumeIndex.failed(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public synchronized long tokens() {
        return promptTokens + completionTokens;
    }

    public synchronized long utterances() {
        return utterances;
    }

    public synchronized long requests() {
        return requests;
    }

    /** One utterance spoken in a running call (its retries included): live progress, not the summary. */
    public void spoke(Turn turn) {
        spoken.increment();
        if (turn.retries() != null) {
            spokenRetries.add(turn.retries());
        }
    }

    /** Retries so far, counting calls still running. */
    public long retriesSoFar() {
        return Math.max(retries(), spokenRetries.sum());
    }

    /** Utterances so far, counting calls still running. */
    public long utterancesSoFar() {
        return Math.max(utterances(), spoken.sum());
    }

    public synchronized long retries() {
        return retries;
    }

    public synchronized Map<EndReason, Long> byReason() {
        return new EnumMap<>(byReason);
    }

    /** Multi-line summary for the end of a batch. Prices are per 1M tokens; null = no cost line. */
    public synchronized String summary(Double priceIn, Double priceOut) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("calls: %d  utterances: %d  LLM requests: %d (retries %d)%n", calls, utterances,
                requests, retries));
        sb.append("end reasons:");
        byReason.forEach((r, n) -> sb.append(' ').append(r.id()).append('=').append(n));
        sb.append('\n');
        if (!byCondition.isEmpty()) {
            sb.append("end conditions:\n");
            byCondition.forEach((c, n) -> sb.append("  ").append(dev.rolecall.text.DisplayWidth.padRight(c, 52)).append(" ").append(n).append(System.lineSeparator()));
        }
        sb.append(String.format("turns per call: mean %.1f  p50 %.0f  p90 %.0f  max≈%.0f%n", turns.mean(),
                turns.quantile(0.5), turns.quantile(0.9), turns.quantile(1.0)));
        sb.append(String.format("utterance latency ms: mean %.0f  p50 %.0f  p90 %.0f  p99 %.0f%n",
                utteranceLatency.mean(), utteranceLatency.quantile(0.5), utteranceLatency.quantile(0.9),
                utteranceLatency.quantile(0.99)));
        sb.append(String.format("tokens: in %d (cached %d)  out %d%n", promptTokens, cachedTokens, completionTokens));
        if (priceIn != null || priceOut != null) {
            double cost = promptTokens / 1e6 * (priceIn == null ? 0 : priceIn)
                    + completionTokens / 1e6 * (priceOut == null ? 0 : priceOut);
            sb.append(String.format("estimated cost: %.4f (at %s in / %s out per 1M tokens)%n", cost,
                    priceIn == null ? "0" : priceIn, priceOut == null ? "0" : priceOut));
        }
        if (scored > 0) {
            sb.append(String.format("mean score: %.1f over %d scored calls%n", scoreSum / scored, scored));
        }
        return sb.toString();
    }
}
