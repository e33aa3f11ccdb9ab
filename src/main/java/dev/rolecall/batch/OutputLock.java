package dev.rolecall.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output file: two batches appending to one file would run every seed twice. The
 * lock is an OS file lock on {@code FILE.lock} (not on the file itself, which {@code --retry-failed}
 * replaces), so it is released when the process dies, even by kill -9.
 */
final class OutputLock implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path out) {
        Path path = out.resolveSibling(out.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new UncheckedIOException(out + ": another rolecall is writing this file (lock " + path
                        + "); wait for it to finish or write to another -o FILE", new IOException("locked"));
            }
            return new OutputLock(path, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(path + ": cannot create the lock file (" + e.getMessage() + ")", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stale lock file holds no lock; the next run locks it again
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
