package dev.rolecall.compare;

import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchListener;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.orchestrator.CallSpec;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.prompt.TranscriptSources;
import dev.rolecall.scoring.Scorer;
import dev.rolecall.scoring.Weights;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The workflow of {@code rolecall compare}: pairs the calls of variant A and B by seed, either from
 * two existing files or by running both variants in every cell of a plan. A run reuses the calls of
 * an earlier identical run (see {@link CompareCache}) and retries the ones that failed.
 */
public final class CompareWorkflow {
    private final Consumer<String> log;

    /** @param log hears one line per variant run and each torn last line left out */
    public CompareWorkflow(Consumer<String> log) {
        this.log = log;
    }

    /** Compares two transcript files; unscored calls are scored against the card and weights they record. */
    public Comparison files(Path a, Path b, long seedStart, int repeats, TranscriptSources sources) {
        PairedScores pairs = new PairedScores(seedStart, repeats);
        Comparability comparability = new Comparability();
        UnaryOperator<Transcript> scored = t -> t.score() != null ? t
                : new Scorer(sources.card(t), Weights.load(sources.prompts(t).dir().resolve("weights.json"))).scoreInto(t);
        read(a, t -> {
            comparability.addA(t);
            pairs.addA(scored.apply(t));
        });
        read(b, t -> {
            comparability.addB(t);
            pairs.addB(scored.apply(t));
        });
        String problem = comparability.problem();
        if (problem != null) {
            throw new IllegalArgumentException("not comparable: " + problem);
        }
        return new Comparison(a.toString(), b.toString(), repeats, pairs, List.of(), null);
    }

    /** Runs (or resumes) both variants in every cell, then pairs them; the same weights (A's) judge A and B. */
    public Comparison run(ComparePlan plan) {
        PairedScores pooled = new PairedScores(plan.seedStart(), plan.repeats());
        List<Comparison.Cell> cells = new ArrayList<>();
        String incomplete = null;
        Weights weights = Weights.load(plan.a().dir().resolve("weights.json"));
        for (int i = 0; i < plan.cells().size(); i++) {
            CompareCell cell = plan.cells().get(i);
            CallInputs inputsA = CallSpec.inputs(cell.card(), plan.a(), cell.caller(), cell.callee(), plan.maxTurns());
            CallInputs inputsB = CallSpec.inputs(cell.card(), plan.b(), cell.caller(), cell.callee(), plan.maxTurns());
            if (inputsA.equals(inputsB)) {
                throw new IllegalArgumentException("A and B would make exactly the same calls"
                        + (cell.label().isEmpty() ? "" : " in " + cell.label()) + ": " + sameCallsReason(plan));
            }
            // the cache is keyed by everything that decides a call, so an edited prompt or another model is a new file
            Path outA = CompareCache.file(plan.outDir(), inputsA);
            Path outB = CompareCache.file(plan.outDir(), inputsB);
            String failedA = runVariant(plan, cell, plan.a(), plan.variantA(), outA, "A");
            String failedB = runVariant(plan, cell, plan.b(), plan.variantB(), outB, "B");
            incomplete = incomplete != null ? incomplete : failedA != null ? failedA : failedB;
            Scorer scorer = new Scorer(cell.card(), weights);
            PairedScores pairs = new PairedScores(plan.seedStart(), plan.repeats());
            int index = i;
            read(outA, t -> {
                if (t.seed() >= plan.seedStart() && t.seed() < plan.seedEnd()) {
                    Transcript s = scorer.scoreInto(t);
                    pairs.addA(s);
                    pooled.addA(index, s);
                }
            });
            read(outB, t -> {
                if (t.seed() >= plan.seedStart() && t.seed() < plan.seedEnd()) {
                    Transcript s = scorer.scoreInto(t);
                    pairs.addB(s);
                    pooled.addB(index, s);
                }
            });
            cells.add(new Comparison.Cell(cell.label(), pairs, outA.toString(), outB.toString()));
        }
        if (cells.size() == 1) {
            Comparison.Cell only = cells.get(0);
            return new Comparison(plan.variantA() + " (" + only.fileA() + ")", plan.variantB() + " (" + only.fileB() + ")",
                    plan.repeats(), pooled, List.of(), incomplete);
        }
        return new Comparison(plan.variantA(), plan.variantB(), plan.repeats(), pooled, cells, incomplete);
    }

    /** A torn last line (a crash mid-write) leaves its call out: say so, never drop it silently. */
    private void read(Path file, Consumer<Transcript> sink) {
        TranscriptReader.forEach(file, sink).forEach(p -> log.accept(p + " (left out of the comparison)"));
    }

    private static String sameCallsReason(ComparePlan plan) {
        if (plan.noLlm()) {
            return "both sides run the offline engine, which reads no prompt template; compare prompts on an LLM"
                    + " (--caller-engine openai with --base-url URL --model NAME; --callee-engine offline keeps the customer free)";
        }
        return "the templates the LLM side(s) read render identically in " + plan.a().dir() + " and " + plan.b().dir()
                + "; edit the variant you mean to test";
    }

    /** Runs (or resumes) one variant of one cell; failed calls already in its cache are retried. Returns a problem line, or null. */
    private String runVariant(ComparePlan plan, CompareCell cell, PromptSet prompts, String variant, Path out, String side) {
        // each call records where it stands in the matrix, so one file of calls can be sliced by card, variant and model
        Map<String, String> tags = new LinkedHashMap<>(cell.tags());
        tags.put("variant", variant);
        UnaryOperator<Transcript> tag = t -> t.withTags(Map.copyOf(tags));
        BatchResult r = new BatchRunner().run(new BatchConfig(cell.card(), prompts, cell.caller(), cell.callee(),
                plan.seedStart(), (long) plan.n() * plan.repeats(), plan.concurrency(), plan.maxTurns(), null, out, true,
                null, tag), BatchListener.NONE);
        String label = cell.label().isEmpty() ? side : side + " " + cell.label();
        log.accept(label + ": " + r.skipped() + " calls reused from " + out + " (same inputs), " + r.stats().calls() + " made");
        if (r.abort() != null) {
            throw new CompareStopped(r.abort().kind(), label + ": " + r.abort().message());
        }
        if (r.interrupted()) {
            throw new CompareStopped(null, label + ": interrupted; run the same compare again to finish");
        }
        long failed = r.failedInFile();
        return failed == 0 ? null : label + ": " + failed + " calls failed (endpoint errors) and are left out of the"
                + " pairs; run the same compare again to retry them";
    }
}
