package dev.rolecall.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.rolecall.text.TextFiles;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams transcripts back from a JSONL file without holding them all. A line that does not parse
 * is an error naming its file:line, raised before any call of the file is handed out; only an
 * unterminated LAST line is treated as a torn write (a crash mid-append) and skipped with a note,
 * so resuming is always possible.
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
     * Calls {@code sink} for each transcript in file order, after checking the whole file: a
     * malformed line anywhere fails with its file:line before {@code sink} sees a single call, so
     * no command half-succeeds (prints or writes the calls before a bad line, then fails). Only
     * an unterminated last line is a torn write (a crash mid-append): it is returned as a problem,
     * for the caller to print, instead. Files in UTF-8 (with or without BOM) and UTF-16 with a BOM
     * are read. Reads the file twice, holding one call at a time.
     */
    public static List<Problem> forEach(Path file, Consumer<Transcript> sink) {
        List<Problem> problems = scan(file, t -> { });
        scan(file, sink);
        return problems;
    }

    /** Checks every line of the file without keeping anything; the torn last line, if any, as a problem. */
    public static List<Problem> validate(Path file) {
        return scan(file, t -> { });
    }

    private static List<Problem> scan(Path file, Consumer<Transcript> sink) {
        List<Problem> problems = new ArrayList<>();
        try (TextFiles.Lines in = TextFiles.lines(file)) {
            TextFiles.Line line;
            while ((line = in.next()) != null) {
                int number = line.number();
                // only an unterminated line can be torn, and it is always the last
                boolean torn = !line.terminated();
                if (line.text() == null) {
                    if (torn) {
                        problems.add(tornLine(file, number));
                        break;
                    }
                    throw new BadTranscriptException(file + ":" + number + ": not UTF-8 text; rolecall transcripts are "
                            + "UTF-8 JSONL (re-save the file as UTF-8)");
                }
                String text = line.text();
                if (text.isBlank()) {
                    continue;
                }
                Transcript t;
                try {
                    t = TranscriptJson.fromLine(text);
                } catch (JsonProcessingException e) {
                    if (torn) {
                        problems.add(tornLine(file, number));
                        break;
                    }
                    throw new BadTranscriptException(file + ":" + number
                            + ": not a rolecall transcript line (" + oneLine(e.getOriginalMessage())
                            + "); for plain-text call logs give a .txt file (speaker: text lines) with --speakers A=caller,B=callee");
                }
                String missing = missing(t);
                if (missing != null) {
                    throw new BadTranscriptException(file + ":" + number + ": not a rolecall transcript line ("
                            + missing + "); for plain-text call logs give a .txt file (speaker: text lines) with --speakers A=caller,B=callee");
                }
                sink.accept(t);
            }
        } catch (NoSuchFileException e) {
            throw new BadTranscriptException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return problems;
    }

    private static Problem tornLine(Path file, int number) {
        return new Problem(file, number, "incomplete last line skipped (an interrupted write); --resume re-runs it");
    }

    /** What a line needs for every command to use it; null when it has it. */
    private static String missing(Transcript t) {
        if (t == null) {
            return "null";
        }
        if (t.id() == null) {
            return "no id";
        }
        // no end is allowed: plain-text call logs scored into JSONL have none
        for (Turn turn : t.turns()) {
            if (turn == null || turn.speaker() == null || turn.text() == null) {
                return "a turn without speaker or text";
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    public static List<Transcript> readAll(Path file) {
        List<Transcript> all = new ArrayList<>();
        forEach(file, all::add);
        return all;
    }
}
