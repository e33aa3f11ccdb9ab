package dev.rolecall.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate detection by MinHash over character 4-gram shingles with LSH banding: a text is a
 * duplicate when its estimated Jaccard similarity with an earlier kept text reaches the threshold.
 * Memory is a few hundred bytes per kept text; lookups touch only texts sharing a band.
 */
public final class NearDuplicates {
    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int[] SEEDS = new int[HASHES];

    static {
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = r.nextInt() | 1;
        }
    }

    private final double threshold;
    private final List<Map<Long, List<int[]>>> bands = new java.util.ArrayList<>();

    public NearDuplicates(double threshold) {
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** True if {@code text} nearly duplicates one seen before; otherwise remembers it and returns false. */
    public boolean seen(String text) {
        int[] sig = signature(text);
        Set<int[]> candidates = new HashSet<>();
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = key * 1_000_003L + sig[b * ROWS + r];
            }
            keys[b] = key;
            candidates.addAll(bands.get(b).getOrDefault(key, List.of()));
        }
        for (int[] other : candidates) {
            if (similarity(sig, other) >= threshold) {
                return true;
            }
        }
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(keys[b], k -> new java.util.ArrayList<>()).add(sig);
        }
        return false;
    }

    static int[] signature(String text) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        String t = dev.rolecall.text.Normalize.forMatching(text);
        if (t.length() < 4) {
            t = t + "    ".substring(t.length());
        }
        for (int i = 0; i + 4 <= t.length(); i++) {
            int h = t.substring(i, i + 4).hashCode();
            for (int k = 0; k < HASHES; k++) {
                int v = Integer.rotateLeft(h * SEEDS[k], 13) * 0x9E3779B1;
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }
}
