package dev.rolecall.text;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bge-small-zh-v1.5, quantized (16 MB, ~1.5 ms a sentence here), run in-process by ONNX Runtime.
 * Its cosine scale is compressed (unrelated ≈ 0.35, paraphrase ≈ 0.6): calibrate thresholds.
 * Card texts repeat across thousands of calls, so results are cached by text.
 */
final class BgeEmbedder implements Embedder {

    private static final int CACHE_LIMIT = 200_000;
    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final float[] zero;

    BgeEmbedder() {
        // DJL, under the model, contacts a cloud metadata address and writes ~/.djl.ai unless opted out;
        // rolecall sends nothing anywhere but the endpoint the user names.
        System.setProperty("OPT_OUT_TRACKING", "true");
        this.model = new dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel();
        this.zero = new float[model.dimension()];
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return zero; // the model refuses blank text; an empty turn is like nothing
        }
        float[] hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        float[] v = model.embed(text).content().vector();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(text, v);
        }
        return v;
    }

    @Override
    public String name() {
        return "bge-small-zh-v1.5-q";
    }
}
