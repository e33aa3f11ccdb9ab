package dev.rolecall.cli;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.batch.PersonaSampler;
import dev.rolecall.batch.ProgressReporter;
import dev.rolecall.batch.Shard;
import dev.rolecall.batch.TemperatureRange;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rolecall batch}: many calls, concurrent, rate-limited, resumable, with progress. */
@Command(name = "batch", sortOptions = false,
        description = {"Run N calls (seeds S..S+N-1), C at once, appending each to a JSONL file.",
                "Re-running the same command resumes: seeds already in the file are skipped."})
final class BatchCommand extends Subcommand {

    @Mixin CardOptions cardOptions;
    @Mixin EngineOptions engineOptions;
    @Mixin LimitOptions limits;
    @Mixin ScoringOptions scoring;

    @Option(names = "-n", paramLabel = "N", required = true, description = "Number of calls.") long count;

    @Mixin RunShapeOptions shape;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output JSONL file (appended to).") Path out;

    @Option(names = "--resume", description = "Skip seeds already in --out (also the default: re-running never duplicates).") boolean resume;

    @Option(names = "--retry-failed", description = "Re-run seeds whose calls failed (endpoint errors, interrupted).") boolean retryFailed;

    @Option(names = "--shard", paramLabel = "k/n", description = "Run only the k-th of n disjoint seed slices (1-based).") String shard;

    @Option(names = "--personas", description = "Vary the callee persona per seed (lead concern, mood, patience, tendency).") boolean personas;

    @Option(names = "--no-progress-bar", description = "Plain progress lines even on a terminal.") boolean quietProgress;

    @Option(names = "--temperature-range", paramLabel = "LO:HI",
            description = "Draw each call's LLM temperature from this range by seed (diverse training data); recorded per call.") String temperatureRange;

    @Option(names = "--price-in", paramLabel = "USD", description = "Price per 1M input tokens, for the cost estimate.") Double priceIn;

    @Option(names = "--price-out", paramLabel = "USD", description = "Price per 1M output tokens, for the cost estimate.") Double priceOut;

    @Override
    public Integer call() {
        Card card = cardOptions.loadCard();
        PromptSet prompts = cardOptions.loadPrompts();
        java.io.PrintWriter err = err();
        java.io.PrintWriter stdout = out();
        err.println(engineOptions.banner());
        RateLimiter limiter = limits.limiter();
        PersonaSampler sampler = personas || temperatureRange != null
                ? new PersonaSampler(card, personas, TemperatureRange.parse(temperatureRange)) : null;
        BatchConfig config = new BatchConfig(card, prompts, engineOptions.factory(Role.CALLER, limiter),
                engineOptions.factory(Role.CALLEE, limiter), shape.seedStart, count, shape.concurrency, shape.maxTurns,
                shard == null ? Shard.ALL : Shard.parse(shard), out, retryFailed,
                sampler == null ? null : sampler::sample, scoring.scorer(card, prompts));

        BatchRunner runner = new BatchRunner();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.stop();
            try {
                finished.await(); // let in-flight calls be written as interrupted before the JVM exits
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "rolecall-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        BatchResult result;
        try {
            result = runner.run(config, new ProgressReporter(err, System.console() != null && !quietProgress, Duration.ofSeconds(5)));
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and waits for us
        }
        if (result.tornLines() > 0) {
            err.println("rolecall: repaired a torn last line in " + out + " (a crash mid-write); its call was re-run");
        }
        stdout.print(result.stats().summary(priceIn, priceOut));
        stdout.println("saved: " + out);
        stdout.flush();
        // the parse result holds the whole command line, "batch" included
        return BatchOutcome.report(result, out, spec.commandLine().getParseResult().originalArgs(), err);
    }
}
