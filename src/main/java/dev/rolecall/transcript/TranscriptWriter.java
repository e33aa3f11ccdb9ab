package dev.rolecall.transcript;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends transcripts to a JSONL file, one line per call, flushed as soon as written so a crash
 * loses at most the line being written (which {@link TranscriptReader} then skips and reports).
 * Thread-safe: batch workers share one writer.
 */
public final class TranscriptWriter implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final BufferedWriter out;
    private long repairedBytes;

    public TranscriptWriter(Path file) {
        this.file = file;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            this.out = new BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8));
            ensureEndsWithNewline();
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

    /**
     * A crash mid-append (kill -9) leaves an unterminated last line. If it parses, it only lacks
     * its newline; otherwise it is half a record, useless and unrecoverable, and is cut off so the
     * file stays valid JSONL. The caller can report {@link #repairedBytes()}.
     */
    private void ensureEndsWithNewline() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        byte[] tail = readTail(size);
        if (tail[tail.length - 1] == '\n') {
            return;
        }
        int start = tail.length - 1;
        while (start >= 0 && tail[start] != '\n') {
            start--;
        }
        String lastLine = new String(tail, start + 1, tail.length - start - 1, StandardCharsets.UTF_8);
        if (start < 0 && tail.length < size) {
            throw new IOException("last line longer than " + tail.length + " bytes and unterminated; fix the file by hand");
        }
        try {
            TranscriptJson.fromLine(lastLine);
            out.write('\n');
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException torn) {
            repairedBytes = tail.length - start - 1;
            channel.truncate(size - repairedBytes);
        }
    }

    private byte[] readTail(long size) throws IOException {
        int n = (int) Math.min(size, 16 * 1024 * 1024);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n);
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buf.hasRemaining() && read.read(buf, size - n + buf.position()) > 0) {
                // keep reading until the tail is in
            }
        }
        return buf.array();
    }

    /** Bytes of a torn last line removed when the file was opened (0 when none). */
    public long repairedBytes() {
        return repairedBytes;
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
