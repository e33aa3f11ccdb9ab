package dev.rolecall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OrtTempDirectoryTest {

    @Test
    void theRuntimesExtractionFolderIsGoneOnceTheModelIsLoaded() {
        float[] vector = Embedder.shared().embed("您好，我是客服小王");
        assertThat(vector).hasSize(512);

        Path folder = OrtTempDirectory.where().orElseThrow(() ->
                new AssertionError("ONNX Runtime no longer records its extraction folder; check OrtTempDirectory"));
        assertThat(folder.getFileName().toString()).startsWith("onnxruntime-java");
        assertThat(Files.exists(folder)).as("left behind: " + folder).isFalse();
    }
}
