package dev.rolecall.cli;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.StoppableRun;
import dev.rolecall.batch.PersonaSampler;
import dev.rolecall.batch.ProgressReporter;
import dev.rolecall.batch.Shard;
import dev.rolecall.batch.TemperatureRange;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.project.Endpoint;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.Transcript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rolecall batch}: many calls, concurrent, rate-limited, resumable, with progress. */
@Command(addMethodSubcommands = false, name = "batch", sortOptions = false,
        description = {"Run N calls (seeds S..S+N-1), C at once, appending each to a JSONL file.",
                "Re-running the same command resumes: seeds already in the file are skipped."})
final class BatchCommand extends Subcommand {

    @Mixin CardOptions cardOptions;
    @Mixin EngineOptions engineOptions;
    @Mixin LimitOptions limits;
    @Mixin ScoringOptions scoring;

    @Option(names = "-n", paramLabel = "N", required = true, description = "Number of calls.") long count;

    @Mixin RunShapeOptions shape;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output JSONL file (appended to); with --matrix, a folder.") Path out;

    @Option(names = "--resume", description = "Skip seeds already in --out (also the default: re-running never duplicates).") boolean resume;

    @Option(names = "--retry-failed", description = "Re-run seeds whose calls failed (endpoint errors, interrupted).") boolean retryFailed;

    @Option(names = "--shard", paramLabel = "k/n", description = "Run only the k-th of n disjoint seed slices (1-based).") String shard;

    @Option(names = "--personas", description = "Vary the callee persona per seed (lead concern, mood, patience, tendency).") boolean personas;

    @Option(names = "--no-progress-bar", description = "Plain progress lines even on a terminal.") boolean quietProgress;

    @Option(names = "--temperature-range", paramLabel = "LO:HI",
            description = "Draw each call's LLM temperature from this range by seed (diverse training data); recorded per call.") String temperatureRange;

    @Option(names = "--price-in", paramLabel = "USD", description = "Price per 1M input tokens, for the cost estimate.") Double priceIn;

    @Option(names = "--price-out", paramLabel = "USD", description = "Price per 1M output tokens, for the cost estimate.") Double priceOut;

    @Option(names = "--matrix", description = "Run every card x variant x endpoint of rolecall.yaml (matrix.endpoints, matrix.variants; --card narrows it to one card): -o is then a folder with one file per cell, each call tagged.") boolean matrix;

    private final Project project;

    BatchCommand(Project project) {
        this.project = project;
    }

    @Override
    public Integer call() {
        err().println(engineOptions.banner());
        if (!matrix) {
            return runCell(cardOptions.loadCard(), cardOptions.loadPrompts(), null, out, Map.of());
        }
        Matrix m = new Matrix(project.loaded());
        // a --card typed on the command line narrows the matrix; the project's default card does not
        boolean cardGiven = spec.commandLine().getParseResult().hasMatchedOption("--card");
        for (Path cardFile : m.cards(cardGiven ? List.of(cardOptions.files.card) : null)) {
            for (String variant : m.variants(cardOptions.files.promptsOrDefault())) {
                for (Endpoint e : m.endpoints(null)) {
                    Map<String, String> tags = Matrix.tags(cardFile, e, engineOptions.modelFor(Role.CALLER, e));
                    tags.put("variant", variant);
                    Path file = out.resolve(String.join("--", cardFile.getFileName().toString().replaceAll("\\.md$", ""),
                            Path.of(variant).getFileName().toString(), e == null ? "flags" : e.name()) + ".jsonl");
                    int code = runCell(cardOptions.loadCard(cardFile), PromptSet.load(m.variantDir(variant)), e, file, tags);
                    if (code != ExitCodes.OK) {
                        return code; // the line printed says how to finish: the same command resumes every cell
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    /** One batch into one file; {@code e} is a named endpoint of the matrix, or null for the endpoint flags. */
    private int runCell(Card card, PromptSet prompts, Endpoint e, Path file, Map<String, String> tags) {
        RateLimiter limiter = limits.limiter(e);
        PersonaSampler sampler = personas || temperatureRange != null
                ? new PersonaSampler(card, personas, TemperatureRange.parse(temperatureRange)) : null;
        UnaryOperator<Transcript> score = scoring.scorer(card, prompts);
        // tags first, so a call that fails to score is still written tagged
        UnaryOperator<Transcript> finish = tags.isEmpty() ? score : t -> score.apply(t.withTags(Map.copyOf(tags)));
        BatchConfig config = new BatchConfig(card, prompts, engineOptions.factory(Role.CALLER, limiter, e),
                engineOptions.factory(Role.CALLEE, limiter, e), shape.seedStart, count, shape.concurrency, shape.maxTurns,
                shard == null ? Shard.ALL : Shard.parse(shard), file, retryFailed,
                sampler == null ? null : sampler::sample, finish);
        if (!tags.isEmpty()) {
            err().println("rolecall: cell " + String.join(" x ", tags.values()) + " -> " + file);
        }
        BatchResult result = StoppableRun.run(config,
                new ProgressReporter(err(), System.console() != null && !quietProgress, Duration.ofSeconds(5)));
        if (result.tornLines() > 0) {
            err().println("rolecall: repaired a torn last line in " + file + " (a crash mid-write); its call was re-run");
        }
        out().print(result.stats().summary(e != null && e.priceIn() != null ? e.priceIn() : priceIn,
                e != null && e.priceOut() != null ? e.priceOut() : priceOut));
        out().println("saved: " + file);
        out().flush();
        // the parse result holds the whole command line, "batch" included
        return BatchOutcome.report(result, file, spec.commandLine().getParseResult().originalArgs(), err());
    }
}
