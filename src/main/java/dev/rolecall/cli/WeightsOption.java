package dev.rolecall.cli;

import dev.rolecall.scoring.Weights;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --weights}: the scorecard item weights of run, batch and score. */
public class WeightsOption {
    @Option(names = "--weights", paramLabel = "FILE", description = "Item weights (JSON). Default: weights.json in the prompt folder.") Path weights;

    Weights load(Path promptDir) {
        return Weights.load(weights != null ? weights : promptDir.resolve("weights.json"));
    }
}
