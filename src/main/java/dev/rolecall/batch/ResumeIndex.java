package dev.rolecall.batch;

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
import java.util.Set;

/**
 * What an existing output file already holds, so a re-run skips finished seeds. Only seeds are
 * kept in memory, never transcripts. With {@code --retry-failed}, lines of calls that failed
 * (endpoint errors, interruptions) are removed first (atomic rewrite) so each seed ends up in the
 * file exactly once.
 */
final class ResumeIndex {
    final Set<Long> done = new HashSet<>();
    int failedDropped;
    int tornLines;

    static boolean failed(EndReason reason) {
        return reason == EndReason.LLM_ERROR || reason == EndReason.AUTH_ERROR || reason == EndReason.INTERRUPTED;
    }

    static ResumeIndex load(Path file, boolean retryFailed) {
        ResumeIndex index = new ResumeIndex();
        if (!Files.exists(file)) {
            return index;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".rewrite");
        boolean rewrite = retryFailed;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = rewrite ? Files.newBufferedWriter(tmp, StandardCharsets.UTF_8) : null) {
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
                if (retryFailed && failed(t.end() == null ? null : t.end().reason())) {
                    index.failedDropped++;
                    continue;
                }
                if (!index.done.add(t.seed())) {
                    continue; // a duplicate seed (e.g. a crashed rewrite): keep the first
                }
                if (out != null) {
                    out.write(line);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read for --resume (" + e.getMessage() + ")", e);
        }
        if (rewrite) {
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot rewrite without failed calls (" + e.getMessage() + ")", e);
            }
        }
        return index;
    }
}
