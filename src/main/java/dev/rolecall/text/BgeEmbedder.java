package dev.rolecall.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
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
        this.model = load();
        this.zero = new float[model.dimension()];
    }

    /**
     * The model langchain4j's {@code BgeSmallZhV15QuantizedEmbeddingModel} loads (same files from its jar, CLS
     * pooling), in an ONNX Runtime session whose idle pool threads sleep instead of spinning. By default they
     * spin between operators, which for one sentence at a time nearly doubled the CPU an embedding costs
     * (measured: 300 sentences, 19.1 s CPU -> 10.7 s, same vectors, less wall time on a loaded machine) and
     * took the CPU that the calls and the other scoring threads need.
     */
    private static EmbeddingModel load() {
        ClassLoader cl = BgeEmbedder.class.getClassLoader();
        try (InputStream onnx = cl.getResourceAsStream(MODEL); InputStream tokenizer = cl.getResourceAsStream(TOKENIZER)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException(MODEL + " is not on the class path");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtTempDirectory.remove();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return 512;
                }
            };
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load " + MODEL + ": " + e, e);
        }
    }

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

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
