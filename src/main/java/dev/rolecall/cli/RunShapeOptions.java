package dev.rolecall.cli;

import picocli.CommandLine.Option;

/** How a many-call command runs its calls: from which seed, how many at once, how long each (batch, compare). */
public class RunShapeOptions {
    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "1", description = "First seed. Default: ${DEFAULT-VALUE}.") long seedStart;

    @Option(names = {"-c", "--concurrency"}, paramLabel = "C", defaultValue = "8", description = "Calls in flight at once. Default: ${DEFAULT-VALUE}.") int concurrency;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "30", description = "Stop a call after N utterances. Default: ${DEFAULT-VALUE}.") int maxTurns;
}
