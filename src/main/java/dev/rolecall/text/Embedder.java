package dev.rolecall.text;


/**
 * Sentence embeddings for meaning-level matching (Q&A retrieval, step coverage). Vectors are
 * L2-normalised, so cosine is a dot product. Implementations are thread-safe.
 */
public interface Embedder {

    /** Blank text (a turn that only ended the call) gives the zero vector: similar to nothing. */
    float[] embed(String text);


    /** A short name for logs and transcripts, e.g. {@code bge-small-zh-v1.5-q}. */
    String name();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The bundled bge-small-zh model when it loads, else the character-bigram fallback. */
    static Embedder shared() {
        return Embedders.shared();
    }
}
