package dev.rolecall.text;

/**
 * Keyword fallback when the ONNX model cannot load (unsupported platform, no native library):
 * hashed character unigrams and bigrams, L2-normalised. Crude, but deterministic and instant.
 */
public final class BigramEmbedder implements Embedder {

    private static final int DIMS = 1024;

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMS];
        String t = Normalize.forMatching(text);
        for (int i = 0; i < t.length(); i++) {
            v[Math.floorMod(t.charAt(i) * 31, DIMS)] += 0.5f;
            if (i + 1 < t.length()) {
                v[Math.floorMod(t.substring(i, i + 2).hashCode(), DIMS)] += 1f;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < DIMS; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    @Override
    public String name() {
        return "char-bigram";
    }
}
