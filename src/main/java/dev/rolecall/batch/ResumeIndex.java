package dev.rolecall.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What an existing output file already holds, so a re-run skips finished seeds. Only seeds are
 * kept in memory, never transcripts. A line is reused only when the call was made from the same
 * inputs (card, names, prompts as rendered, engines and settings, max turns, the seed's persona);
 * a file holding calls of another run is refused with the first line that differs and what
 * changed, never silently mixed. With {@code --retry-failed}, lines of calls that failed (endpoint
 * errors, interruptions) are removed first (atomic rewrite) so each seed ends up in the file once.
 */
final class ResumeIndex {
    final Set<Long> done = new HashSet<>();
    int failedDropped;
    /** Failed calls left in the file (not retried): the job is not finished while any remain. */
    int failedKept;
    int tornLines;

    /** A file that holds calls made from other inputs than this run's. */
    static final class Mismatch extends IllegalArgumentException {
        Mismatch(String message) {
            super(message);
        }
    }

    static boolean failed(EndReason reason) {
        return reason == EndReason.LLM_ERROR || reason == EndReason.AUTH_ERROR || reason == EndReason.INTERRUPTED;
    }

    /** @param inputs this run's inputs, asked for only when the file holds calls (rendering them takes a while) */
    static ResumeIndex load(Path file, boolean retryFailed, java.util.function.Supplier<CallInputs> inputs,
                            LongFunction<Map<String, Object>> personas) {
        CallInputs[] memo = {null};
        java.util.function.Supplier<CallInputs> current = () -> memo[0] == null ? memo[0] = inputs.get() : memo[0];
        ResumeIndex index = new ResumeIndex();
        if (!Files.exists(file)) {
            return index;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".rewrite");
        boolean read = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = retryFailed ? Files.newBufferedWriter(tmp, StandardCharsets.UTF_8) : null) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Transcript t;
                try {
                    t = TranscriptJson.fromLine(line);
                } catch (IOException torn) {
                    // only the last line can be torn; TranscriptWriter cuts it when it reopens the file
                    index.tornLines++;
                    continue;
                }
                String changed = changes(t, current.get(), personas);
                if (changed != null) {
                    throw new Mismatch(file + ":" + number + ": holds a call made from other inputs than this run ("
                            + changed + "); write to another -o FILE, or move this one away, so two runs are never mixed");
                }
                boolean failed = failed(t.end() == null ? null : t.end().reason());
                if (retryFailed && failed) {
                    index.failedDropped++;
                    continue;
                }
                if (!index.done.add(t.seed())) {
                    continue; // a duplicate seed (e.g. a crashed rewrite): keep the first
                }
                if (failed) {
                    index.failedKept++;
                }
                if (out != null) {
                    out.write(line);
                    out.write('\n');
                }
            }
            read = true;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read for --resume (" + e.getMessage() + ")", e);
        } finally {
            if (!read) {
                deleteQuietly(tmp); // the file is left exactly as it was
            }
        }
        if (retryFailed) {
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot rewrite without failed calls (" + e.getMessage() + ")", e);
            }
        }
        return index;
    }

    /** What differs between the call recorded in {@code t} and a call this run would make, or null. */
    private static String changes(Transcript t, CallInputs current, LongFunction<Map<String, Object>> personas) {
        if (t.inputs() == null) {
            return "it was written by an older rolecall that did not record its inputs";
        }
        List<String> diffs = current.differencesFrom(t.inputs());
        if (!diffs.isEmpty()) {
            return String.join("; ", diffs);
        }
        JsonNode recorded = TranscriptJson.MAPPER.valueToTree(t.persona() == null ? Map.of() : t.persona());
        JsonNode expected = TranscriptJson.MAPPER.valueToTree(personas.apply(t.seed()));
        return recorded.equals(expected) ? null
                : "the seed's persona or temperature differs: --personas or --temperature-range changed";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover .rewrite file is harmless: the next --retry-failed overwrites it
        }
    }
}
