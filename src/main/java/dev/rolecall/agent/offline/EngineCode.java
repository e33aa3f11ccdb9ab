package dev.rolecall.agent.offline;

import dev.rolecall.prompt.PromptSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The offline engine's code is its model: a rebuilt rolecall may hold different calls for the same
 * card and seed. This is a sha256 over the compiled classes that decide an offline call (the
 * engine, the card parser, text matching), read from the jar or class folder it runs from, so a
 * resumed batch can tell whether its old calls came from the same engine.
 */
final class EngineCode {
    private static final List<String> PACKAGES = List.of("dev/rolecall/agent/offline/", "dev/rolecall/card/",
            "dev/rolecall/text/");
    private static volatile String sha256;

    private EngineCode() {}

    static String sha256() {
        String s = sha256;
        if (s == null) {
            s = compute();
            sha256 = s;
        }
        return s;
    }

    private static String compute() {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try {
            Path location = Path.of(EngineCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String pkg : PACKAGES) {
                    Path dir = location.resolve(pkg);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                                classes.put(pkg + f.getFileName(), Files.readAllBytes(f));
                            }
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        String name = e.getName();
                        if (name.endsWith(".class") && PACKAGES.stream().anyMatch(p -> name.startsWith(p)
                                && name.indexOf('/', p.length()) < 0)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                classes.put(name, in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown"; // never equal to a real hash, so nothing is reused on a guess
        }
        List<byte[]> parts = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            parts.add(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            parts.add(bytes);
        });
        int size = parts.stream().mapToInt(b -> b.length + 1).sum();
        java.nio.ByteBuffer all = java.nio.ByteBuffer.allocate(size);
        parts.forEach(b -> all.put(b).put((byte) 0));
        return PromptSet.sha256(all.array());
    }
}
