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
}
