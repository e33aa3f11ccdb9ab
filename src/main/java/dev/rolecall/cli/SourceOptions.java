package dev.rolecall.cli;

import dev.rolecall.prompt.TranscriptSources;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** Which card and prompts existing transcripts are read against (score, export): by default the ones each call records. */
public class SourceOptions {
    @Mixin CardFileOptions files;

    TranscriptSources sources() {
        return new TranscriptSources(files.card, files.prompts, Home.defaultCard(), Home.prompts());
    }

    /** The prompt folder weights are read from: the one given, else the bundled one. */
    Path promptDir() {
        return files.promptsOrDefault();
    }
}
