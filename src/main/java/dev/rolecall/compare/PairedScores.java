package dev.rolecall.compare;

import dev.rolecall.scoring.Scorecard;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores of two variants grouped by base seed ({@code (seed - start) / repeats}), so A and B are
 * compared on the same scenarios. Repeats of a seed are averaged; a seed missing on either side is
 * left out of the pairs and counted. A matrix pools its cells: a pair is (cell, base seed), since
 * seed 7 of one card is another scenario than seed 7 of the next.
 */
public final class PairedScores {
    /** Per base seed: item → sum and count; plus successes and runs for pass^k. */
    private final Map<Key, Map<String, double[]>> a = new TreeMap<>();
    private final Map<Key, Map<String, double[]>> b = new TreeMap<>();
    private final Set<String> items = new LinkedHashSet<>();
    private final long start;
    private final int repeats;

    public PairedScores(long start, int repeats) {
        this.start = start;
        this.repeats = Math.max(1, repeats);
    }

    /** One scenario: a matrix cell and a base seed. */
    private record Key(int cell, long base) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return cell != o.cell ? Integer.compare(cell, o.cell) : Long.compare(base, o.base);
        }
    }

    public void addA(Transcript t) {
        add(a, 0, t);
    }

    public void addB(Transcript t) {
        add(b, 0, t);
    }

    public void addA(int cell, Transcript t) {
        add(a, cell, t);
    }

    public void addB(int cell, Transcript t) {
        add(b, cell, t);
    }

    private void add(Map<Key, Map<String, double[]>> side, int cell, Transcript t) {
        Key base = new Key(cell, Math.floorDiv(t.seed() - start, repeats));
        Map<String, double[]> m = side.computeIfAbsent(base, k -> new LinkedHashMap<>());
        Scorecard.of(t).ifPresent(s -> {
            put(m, "overall", s.overall());
            s.items().forEach((item, v) -> {
                if (v.score() != null) {
                    put(m, item, v.score());
                }
            });
        });
        put(m, "completed", t.end() != null && t.end().reason() == EndReason.END_CONDITION ? 1 : 0);
    }

    private void put(Map<String, double[]> m, String item, double v) {
        items.add(item);
        double[] x = m.computeIfAbsent(item, k -> new double[2]);
        x[0] += v;
        x[1]++;
    }

    public List<PairedComparison> compare() {
        List<PairedComparison> out = new ArrayList<>();
        for (String item : items) {
            List<Double> xa = new ArrayList<>();
            List<Double> xb = new ArrayList<>();
            for (var e : a.entrySet()) {
                Map<String, double[]> other = b.get(e.getKey());
                double[] va = e.getValue().get(item);
                double[] vb = other == null ? null : other.get(item);
                if (va != null && vb != null) {
                    xa.add(va[0] / va[1]);
                    xb.add(vb[0] / vb[1]);
                }
            }
            out.add(PairedComparison.of(item, xa.stream().mapToDouble(Double::doubleValue).toArray(),
                    xb.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    /** pass^k: the share of seeds all of whose repeats ended by a card condition. */
    public double[] passAll() {
        return new double[] {passAll(a), passAll(b)};
    }

    private double passAll(Map<Key, Map<String, double[]>> side) {
        long all = side.values().stream().filter(m -> m.get("completed")[0] == m.get("completed")[1]).count();
        return side.isEmpty() ? 0 : all / (double) side.size();
    }

    public int unpaired() {
        Set<Key> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return (int) keys.stream().filter(k -> !a.containsKey(k) || !b.containsKey(k)).count();
    }

    public static String label(Path p) {
        return p.getFileName().toString();
    }
}
