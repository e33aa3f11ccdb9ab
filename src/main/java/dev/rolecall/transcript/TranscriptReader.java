package dev.rolecall.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams transcripts back from a JSONL file without holding them all. A line that does not parse
 * is a problem reported with its line number; only an unterminated LAST line is treated as a torn
 * write (a crash mid-append) and skipped with a note, so resuming is always possible.
 */
public final class TranscriptReader {

    /** What was skipped while reading, one line each, for the user. */
    public record Problem(Path file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    public static class BadTranscriptException extends RuntimeException {
        public BadTranscriptException(String message) {
            super(message);
        }
    }

    private TranscriptReader() {}

    /**
     * Calls {@code sink} for each transcript in file order. A malformed line in the middle of the
     * file fails with its line number; a torn last line is returned as a problem instead.
     */
    public static List<Problem> forEach(Path file, Consumer<Transcript> sink) {
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 0;
            while (line != null) {
                number++;
                String next = in.readLine();
                if (!line.isBlank()) {
                    try {
                        sink.accept(TranscriptJson.fromLine(line));
                    } catch (JsonProcessingException e) {
                        if (next == null) {
                            problems.add(new Problem(file, number,
                                    "incomplete last line skipped (an interrupted write); --resume re-runs it"));
                        } else {
                            throw new BadTranscriptException(file + ":" + number
                                    + ": not a rolecall transcript line (" + e.getOriginalMessage()
                                    + "); for plain-text call logs use --format text");
                        }
                    }
                }
                line = next;
            }
        } catch (NoSuchFileException e) {
            throw new BadTranscriptException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return problems;
    }

    public static List<Transcript> readAll(Path file) {
        List<Transcript> all = new ArrayList<>();
        forEach(file, all::add);
        return all;
    }
}
