package dev.rolecall.cli;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.compare.CompareCell;
import dev.rolecall.compare.ComparePlan;
import dev.rolecall.compare.CompareWorkflow;
import dev.rolecall.compare.Comparison;
import dev.rolecall.compare.ComparisonReport;
import dev.rolecall.project.Endpoint;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.prompt.TranscriptSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall compare}: is prompt variant B better than A? Paired by seed ({@link CompareWorkflow} does the work). */
@Command(addMethodSubcommands = false, name = "compare", sortOptions = false,
        description = {"Compare prompt variant A with B on the same card, seeds and callee (paired design),",
                "or compare two existing transcript files paired by seed: rolecall compare A.jsonl B.jsonl."})
final class CompareCommand extends Subcommand {
    private final Project project;

    CompareCommand(Project project) {
        this.project = project;
    }

    @Mixin EngineOptions engineOptions;
    @Mixin LimitOptions limits;
    @Mixin RunShapeOptions shape;

    @Parameters(paramLabel = "FILE", arity = "0..2", description = "Two scored (or scorable) JSONL files to compare instead of running.") List<Path> files;

    @Option(names = "--prompts-a", paramLabel = "DIR|NAME", description = "Variant A (the baseline): a prompt folder or a variant of rolecall.yaml. Default: the first of its matrix.variants.") String promptsA;

    @Option(names = "--prompts-b", paramLabel = "DIR|NAME", description = "Variant B (the change), likewise. Default: the second of matrix.variants.") String promptsB;

    @Option(names = "--card", paramLabel = "FILE", description = "Card; repeat it for a matrix. Default: the cards of rolecall.yaml, else the bundled card.") List<Path> cards;

    @Option(names = "--endpoint", paramLabel = "NAME", description = "Endpoint of rolecall.yaml; repeat it for a matrix. Default: its matrix.endpoints, else the endpoint flags.") List<String> endpoints;

    @Option(names = "-n", paramLabel = "N", defaultValue = "50", description = "Seeds per variant. Default: ${DEFAULT-VALUE}.") int n;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "1", description = "Calls per seed (pass^K consistency). Default: ${DEFAULT-VALUE}.") int repeats;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "transcripts", description = "Where the A and B transcripts go. Default: ${DEFAULT-VALUE}.") Path outDir;

    @Option(names = "--json", description = "Machine-readable result.") boolean json;

    @Option(names = "--fail-if-worse", description = "Exit 1 when B is significantly worse overall (for CI gates).") boolean failIfWorse;

    @Override
    public Integer call() {
        PrintWriter err = err();
        CompareWorkflow workflow = new CompareWorkflow(line -> err.println("rolecall: " + line));
        Comparison result = files != null && !files.isEmpty() ? compareFiles(workflow) : workflow.run(plan(err));
        PrintWriter out = out();
        if (json) {
            out.println(ComparisonReport.json(result));
        } else {
            ComparisonReport.text(out, result);
        }
        out.flush();
        if (result.incomplete() != null) {
            throw new UserError(ExitCodes.INCOMPLETE, result.incomplete());
        }
        return failIfWorse && result.bWorse() ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    }

    private Comparison compareFiles(CompareWorkflow workflow) {
        if (files.size() != 2) {
            throw new UserError(ExitCodes.BAD_INPUT, "compare needs two files (A and B), got " + files.size());
        }
        Path card = cards == null || cards.isEmpty() ? null : cards.get(0);
        return workflow.files(files.get(0), files.get(1), shape.seedStart, repeats,
                new TranscriptSources(card, null, Home.defaultCard(), Home.prompts()));
    }

    private ComparePlan plan(PrintWriter err) {
        Matrix m = new Matrix(project.loaded());
        String nameA = promptsA != null ? promptsA : m.variant(0);
        String nameB = promptsB != null ? promptsB : m.variant(1);
        if (nameA == null || nameB == null) {
            throw new UserError(ExitCodes.BAD_INPUT, "give --prompts-a DIR and --prompts-b DIR, or two transcript files"
                    + " (or matrix.variants: [A, B] in rolecall.yaml)");
        }
        PromptSet a = PromptSet.load(m.variantDir(nameA));
        PromptSet b = PromptSet.load(m.variantDir(nameB));
        List<Endpoint> axis = m.endpoints(endpoints);
        err.println(engineOptions.banner());
        List<CompareCell> cells = new ArrayList<>();
        for (Path cardFile : m.cards(cards)) {
            var c = CardParser.parse(cardFile);
            for (Endpoint e : axis) {
                RateLimiter limiter = limits.limiter(e);
                Map<String, String> tags = Matrix.tags(cardFile, e, engineOptions.modelFor(Role.CALLER, e));
                String label = axis.size() * m.cards(cards).size() == 1 ? "" : String.join(" x ", tags.values());
                cells.add(new CompareCell(label, c, engineOptions.factory(Role.CALLER, limiter, e),
                        engineOptions.factory(Role.CALLEE, limiter, e), tags));
            }
        }
        return new ComparePlan(cells, a, b, nameA, nameB, shape.seedStart, n, repeats,
                shape.concurrency, shape.maxTurns, outDir, engineOptions.noLlm());
    }
}
