package dev.rolecall.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Appends transcripts to a JSONL file, one line per call, flushed as soon as written so a crash
 * loses at most the line being written. Thread-safe: batch workers share one writer. Writes go
 * through a plain stream, not a FileChannel, because interrupting a worker (Ctrl-C) must not
 * close the file for everyone.
 */
public final class TranscriptWriter implements Closeable {

    private final Path file;
    private final BufferedWriter out;
    private final long repairedBytes;

    public TranscriptWriter(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.repairedBytes = repairTail(file);
            this.out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file.toFile(), true),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot open for writing (" + e.getMessage() + ")", e);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Transcript t) {
        try {
            out.write(TranscriptJson.toLine(t));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot append transcript (" + e.getMessage() + ")", e);
        }
    }

    /** Bytes of a torn last line removed when the file was opened (0 when none). */
    public long repairedBytes() {
        return repairedBytes;
    }

    /**
     * A crash mid-append (kill -9) leaves an unterminated last line. If it parses, it only lacks
     * its newline; otherwise it is half a record, unrecoverable, and is cut off so the file stays
     * valid JSONL.
     */
    private static long repairTail(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return 0;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long size = raf.length();
            raf.seek(size - 1);
            if (raf.read() == '\n') {
                return 0;
            }
            long start = size - 1;
            while (start > 0) {
                raf.seek(start - 1);
                if (raf.read() == '\n') {
                    break;
                }
                start--;
            }
            byte[] last = new byte[(int) (size - start)];
            raf.seek(start);
            raf.readFully(last);
            try {
                TranscriptJson.fromLine(new String(last, StandardCharsets.UTF_8));
                raf.seek(size);
                raf.write('\n');
                return 0;
            } catch (JsonProcessingException torn) {
                raf.setLength(start);
                return last.length;
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
