package dev.rolecall.text;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * ONNX Runtime (1.20) extracts its native libraries into a fresh {@code /tmp/onnxruntime-java*} folder and leaves
 * their removal to {@code deleteOnExit}, which deletes the folder before the files in it, so every process that
 * loaded the model left an empty folder behind (815 of them here after a few days of runs and tests). Once the
 * libraries are loaded their files are no longer needed (Linux and macOS keep a deleted library mapped), so the
 * folder is removed as soon as the runtime is up.
 */
final class OrtTempDirectory {

    private OrtTempDirectory() {}

    /** Removes the runtime's extraction folder now; a runtime that keeps no such folder is left alone. */
    static void remove() {
        where().ifPresent(OrtTempDirectory::delete);
    }

    /** The folder the loaded runtime extracted its libraries into, if it made one. */
    static Optional<Path> where() {
        try {
            Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            return Optional.ofNullable((Path) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty(); // another runtime version: nothing known to clean
        }
    }

    private static void delete(Path folder) {
        if (!folder.getFileName().toString().startsWith("onnxruntime-java")) {
            return; // only ever the folder the runtime named itself
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // left for deleteOnExit, as before: a stray folder in /tmp is no reason to fail a call
        }
    }
}
