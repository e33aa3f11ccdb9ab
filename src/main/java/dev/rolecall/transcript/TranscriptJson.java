package dev.rolecall.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration for transcripts: ISO timestamps, one line per call, unknown fields tolerated. */
public final class TranscriptJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            // files written by newer versions may carry fields this one does not know
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TranscriptJson() {}

    public static String toLine(Transcript t) {
        try {
            return MAPPER.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transcript " + t.id() + " cannot be serialised", e);
        }
    }

    public static Transcript fromLine(String line) throws JsonProcessingException {
        return MAPPER.readValue(line, Transcript.class);
    }

    /** A call as a batch writes it, with every part a call has (short made-up values). */
    private static final String SAMPLE = "{\"id\":\"20260101-000000-s1-0000\",\"version\":\"1\","
            + "\"card\":{\"path\":\"card.md\",\"sha256\":\"00\"},\"prompts\":{\"dir\":\"prompts\",\"sha256\":{\"caller.md\":\"00\"}},"
            + "\"engine\":{\"caller\":\"openai\",\"callee\":\"openai\"},\"models\":{\"caller\":{\"engine\":\"openai\","
            + "\"baseUrl\":\"http://127.0.0.1/v1\",\"model\":\"m\",\"temperature\":0.5}},\"names\":{\"caller\":\"李明\"},"
            + "\"seed\":1,\"startedAt\":\"2026-01-01T00:00:00.000000001Z\",\"endedAt\":\"2026-01-01T00:00:01.5Z\","
            + "\"turns\":[{\"index\":0,\"speaker\":\"caller\",\"name\":\"李明\",\"text\":\"您好。\",\"latencyMs\":200,"
            + "\"promptTokens\":100,\"completionTokens\":4,\"cachedTokens\":0,\"retries\":0,\"endMarker\":1,\"flags\":[\"markdown\"]}],"
            + "\"end\":{\"reason\":\"max_turns\",\"detail\":\"-\"},\"totals\":{\"turns\":1,\"latencyMs\":200,\"durationMs\":210,"
            + "\"promptTokens\":100,\"completionTokens\":4,\"retries\":0,\"llmRequests\":1},\"persona\":{\"temperature\":0.5},"
            + "\"inputs\":{\"card\":\"00\",\"names\":{\"caller\":\"李明\"},\"maxTurns\":2,\"sides\":{\"caller\":{\"model\":"
            + "{\"engine\":\"openai\",\"model\":\"m\"},\"fingerprint\":\"00\"}}},\"tags\":{\"card\":\"c\"}}";

    /**
     * Reads and writes a sample call once, so that the serialisers are built before the first real call ends
     * (about 0.1-0.2 s on a cold JVM, issue 13). Best effort: false when it failed.
     */
    public static boolean warmUp() {
        try {
            return toLine(fromLine(SAMPLE)).startsWith("{");
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }
}
