package dev.rolecall.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
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
    private final FileOutputStream out;
    private final long repairedBytes;
    /** File length after the last line written whole: where a failed append is cut back to. */
    private long length;
    /** The first failed append's message; once set, nothing more is written. */
    private String broken;

    public TranscriptWriter(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.repairedBytes = repairTail(file);
            this.out = new FileOutputStream(file.toFile(), true);
            this.length = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot open for writing (" + e.getMessage() + ")", e);
        }
    }


    /**
     * Writes one line in one write. If it fails (a full disk), whatever part of it reached the file
     * is cut off again, so the file keeps only whole lines, and the writer refuses further lines:
     * a later line must never be glued to half of this one.
     */
    public synchronized void append(Transcript t) {
        if (broken != null) {
            throw new UncheckedIOException(new IOException(file + ": cannot append transcript (" + broken + ")"));
        }
        byte[] line = (TranscriptJson.toLine(t) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            out.write(line);
            length += line.length;
        } catch (IOException e) {
            broken = e.getMessage();
            cutBackTo(length);
            throw new UncheckedIOException(file + ": cannot append transcript (" + e.getMessage() + ")", e);
        }
    }

    private void cutBackTo(long whole) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            if (raf.length() > whole) {
                raf.setLength(whole);
            }
        } catch (IOException ignored) {
            // the next open repairs a torn last line anyway (repairTail)
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
            if (broken == null) {
                throw new UncheckedIOException(file + ": cannot close (" + e.getMessage() + ")", e);
            }
        }
    }
}
