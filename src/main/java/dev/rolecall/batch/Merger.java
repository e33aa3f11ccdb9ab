package dev.rolecall.batch;

import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines batch files (shards, resumed runs) into one, keeping each (card, seed) once: a
 * completed call wins over a failed one, else the first seen. Two passes over the inputs, so
 * only keys are held in memory. Inputs may include the output file itself (merging into it).
 */
public final class Merger {

    public record Result(long written, long duplicates, long tornLines) {}

    private record Pick(int file, long line, boolean failed) {}

    private Merger() {}

    public static Result merge(List<Path> inputs, Path output) {
        Map<String, Pick> best = new HashMap<>();
        long[] seen = {0};
        long torn = 0;
        for (int f = 0; f < inputs.size(); f++) {
            int file = f;
            long[] line = {0};
            torn += TranscriptReader.forEach(inputs.get(f), t -> {
                seen[0]++;
                Pick candidate = new Pick(file, line[0]++, ResumeIndex.failed(t.end().reason()));
                best.merge(key(t), candidate, (old, neu) -> old.failed() && !neu.failed() ? neu : old);
            }).size();
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (int f = 0; f < inputs.size(); f++) {
                    int file = f;
                    long[] line = {0};
                    TranscriptReader.forEach(inputs.get(f), t -> {
                        Pick p = best.get(key(t));
                        if (p.file() == file && p.line() == line[0]) {
                            write(out, TranscriptJson.toLine(t));
                        }
                        line[0]++;
                    });
                }
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot write merged file (" + e.getMessage() + ")", e);
        }
        return new Result(best.size(), seen[0] - best.size(), torn);
    }

    private static void write(java.io.Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(Transcript t) {
        return (t.card() == null ? "" : t.card().sha256()) + "#" + t.seed();
    }
}
