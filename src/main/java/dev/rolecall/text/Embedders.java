package dev.rolecall.text;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the one process-wide embedder: loading the model costs ~0.5 s and ~200 MB, once. */
final class Embedders {

    private static final Logger LOG = LoggerFactory.getLogger(Embedders.class);
    private static volatile Embedder shared;

    private Embedders() {}

    static Embedder shared() {
        Embedder e = shared;
        if (e == null) {
            synchronized (Embedders.class) {
                e = shared;
                if (e == null) {
                    e = load();
                    shared = e;
                }
            }
        }
        return e;
    }

    private static Embedder load() {
        if ("keyword".equalsIgnoreCase(System.getenv("ROLECALL_EMBEDDER"))) {
            return new BigramEmbedder();
        }
        try {
            return new BgeEmbedder();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("embedding model unavailable ({}); falling back to keyword matching", e.toString());
            return new BigramEmbedder();
        }
    }
}
