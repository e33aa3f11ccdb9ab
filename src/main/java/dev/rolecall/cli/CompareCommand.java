package dev.rolecall.cli;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.compare.CompareCell;
import dev.rolecall.compare.ComparePlan;
import dev.rolecall.compare.CompareWorkflow;
import dev.rolecall.compare.Comparison;
import dev.rolecall.compare.ComparisonReport;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.prompt.TranscriptSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall compare}: is prompt variant B better than A? Paired by seed ({@link CompareWorkflow} does the work). */
@Command(name = "compare", sortOptions = false,
        description = {"Compare prompt variant A with B on the same card, seeds and callee (paired design),",
                "or compare two existing transcript files paired by seed: rolecall compare A.jsonl B.jsonl."})
final class CompareCommand extends Subcommand {
    @Mixin EngineOptions engineOptions;
    @Mixin LimitOptions limits;
    @Mixin RunShapeOptions shape;

    @Parameters(paramLabel = "FILE", arity = "0..2", description = "Two scored (or scorable) JSONL files to compare instead of running.") List<Path> files;

    @Option(names = "--prompts-a", paramLabel = "DIR", description = "Prompt folder of variant A (the baseline).") Path promptsA;

    @Option(names = "--prompts-b", paramLabel = "DIR", description = "Prompt folder of variant B (the change).") Path promptsB;

    @Option(names = "--card", paramLabel = "FILE", description = "Card. Default: the bundled card.") Path card;

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
        return workflow.files(files.get(0), files.get(1), shape.seedStart, repeats,
                new TranscriptSources(card, null, Home.defaultCard(), Home.prompts()));
    }

    private ComparePlan plan(PrintWriter err) {
        if (promptsA == null || promptsB == null) {
            throw new UserError(ExitCodes.BAD_INPUT, "give --prompts-a DIR and --prompts-b DIR, or two transcript files");
        }
        var c = CardParser.parse(card == null ? Home.defaultCard() : card);
        PromptSet a = PromptSet.load(promptsA);
        PromptSet b = PromptSet.load(promptsB);
        err.println(engineOptions.banner());
        RateLimiter limiter = limits.limiter();
        CompareCell cell = new CompareCell("", c, engineOptions.factory(Role.CALLER, limiter),
                engineOptions.factory(Role.CALLEE, limiter), Map.of());
        return new ComparePlan(List.of(cell), a, b, promptsA.toString(), promptsB.toString(), shape.seedStart, n, repeats,
                shape.concurrency, shape.maxTurns, outDir, engineOptions.noLlm());
    }
}
