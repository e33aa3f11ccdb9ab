package dev.rolecall.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.agent.AgentFactory;
import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchListener;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.compare.Comparability;
import dev.rolecall.compare.PairedComparison;
import dev.rolecall.compare.PairedScores;
import dev.rolecall.orchestrator.CallSpec;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.CallInputs;
import dev.rolecall.scoring.Scorer;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rolecall compare}: is prompt variant B better than A? Paired by seed, with bootstrap intervals. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare prompt variant A with B on the same card, seeds and callee (paired design),",
                "or compare two existing transcript files paired by seed: rolecall compare A.jsonl B.jsonl."})
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin EngineOptions engineOptions;
    @Mixin LimitOptions limits;
    @Mixin DebugOption debugOption;

    @Parameters(paramLabel = "FILE", arity = "0..2", description = "Two scored (or scorable) JSONL files to compare instead of running.")
    List<Path> files;

    @Option(names = "--prompts-a", paramLabel = "DIR", description = "Prompt folder of variant A (the baseline).")
    Path promptsA;

    @Option(names = "--prompts-b", paramLabel = "DIR", description = "Prompt folder of variant B (the change).")
    Path promptsB;

    @Option(names = "--card", paramLabel = "FILE", description = "Card. Default: the bundled card.")
    Path card;

    @Option(names = "-n", paramLabel = "N", defaultValue = "50", description = "Seeds per variant. Default: ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "1", description = "Calls per seed (pass^K consistency). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "1", description = "First seed. Default: ${DEFAULT-VALUE}.") long seedStart;

    @Option(names = {"-c", "--concurrency"}, paramLabel = "C", defaultValue = "8", description = "Calls in flight at once. Default: ${DEFAULT-VALUE}.") int concurrency;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "30", description = "Stop a call after N utterances. Default: ${DEFAULT-VALUE}.") int maxTurns;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "transcripts", description = "Where the A and B transcripts go. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--json", description = "Machine-readable result.")
    boolean json;

    @Option(names = "--fail-if-worse", description = "Exit 1 when B is significantly worse overall (for CI gates).")
    boolean failIfWorse;

    @Override
    public Integer call() {
        PairedScores pairs = new PairedScores(seedStart, repeats);
        Comparability comparability = new Comparability();
        String labelA;
        String labelB;
        String incomplete = null;
        if (files != null && !files.isEmpty()) {
            if (files.size() != 2) {
                throw new UserError(ExitCodes.BAD_INPUT, "compare needs two files (A and B), got " + files.size());
            }
            TranscriptSources sources = new TranscriptSources(card, null);
            warn(TranscriptReader.forEach(files.get(0), t -> {
                comparability.addA(t);
                pairs.addA(t.score() != null ? t : scorer(sources.card(t), sources.prompts(t)).scoreInto(t));
            }));
            warn(TranscriptReader.forEach(files.get(1), t -> {
                comparability.addB(t);
                pairs.addB(t.score() != null ? t : scorer(sources.card(t), sources.prompts(t)).scoreInto(t));
            }));
            labelA = files.get(0).toString();
            labelB = files.get(1).toString();
        } else {
            if (promptsA == null || promptsB == null) {
                throw new UserError(ExitCodes.BAD_INPUT, "give --prompts-a DIR and --prompts-b DIR, or two transcript files");
            }
            Card c = CardParser.parse(card == null ? Home.defaultCard() : card);
            PromptSet a = PromptSet.load(promptsA);
            PromptSet b = PromptSet.load(promptsB);
            PrintWriter err = spec.commandLine().getErr();
            err.println(engineOptions.banner());
            Engines engines = new Engines(limits.limiter());
            AgentFactory caller = engineOptions.factory(Role.CALLER, engines);
            AgentFactory callee = engineOptions.factory(Role.CALLEE, engines);
            CallInputs inputsA = CallSpec.inputs(c, a, caller, callee, maxTurns);
            CallInputs inputsB = CallSpec.inputs(c, b, caller, callee, maxTurns);
            if (inputsA.equals(inputsB)) {
                throw new UserError(ExitCodes.BAD_INPUT, "A and B would make exactly the same calls: " + sameCallsReason(a, b));
            }
            // the cache is keyed by everything that decides a call, so an edited prompt or another model is a new file
            Path outA = CompareCache.file(outDir, inputsA);
            Path outB = CompareCache.file(outDir, inputsB);
            Scorer scorer = scorer(c, a); // one scorer for both: the same weights judge A and B
            String failedA = runVariant(c, a, caller, callee, outA, err, "A");
            String failedB = runVariant(c, b, caller, callee, outB, err, "B");
            incomplete = failedA != null ? failedA : failedB;
            long end = seedStart + (long) n * repeats;
            warn(TranscriptReader.forEach(outA, t -> {
                if (t.seed() >= seedStart && t.seed() < end) {
                    pairs.addA(scorer.scoreInto(t));
                }
            }));
            warn(TranscriptReader.forEach(outB, t -> {
                if (t.seed() >= seedStart && t.seed() < end) {
                    pairs.addB(scorer.scoreInto(t));
                }
            }));
            labelA = promptsA + " (" + outA + ")";
            labelB = promptsB + " (" + outB + ")";
        }
        String problem = comparability.problem();
        if (problem != null) {
            throw new UserError(ExitCodes.BAD_INPUT, "not comparable: " + problem);
        }
        List<PairedComparison> results = pairs.compare();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(results, pairs, labelA, labelB));
        } else {
            print(out, results, pairs, labelA, labelB);
        }
        out.flush();
        if (incomplete != null) {
            throw new UserError(ExitCodes.INCOMPLETE, incomplete);
        }
        boolean worse = results.stream().anyMatch(r -> r.item().equals("overall") && r.verdict() == PairedComparison.Verdict.B_WORSE);
        return failIfWorse && worse ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    }

    /** A torn last line (a crash mid-write) leaves its call out: say so, never drop it silently. */
    private void warn(List<TranscriptReader.Problem> problems) {
        problems.forEach(p -> spec.commandLine().getErr().println("rolecall: " + p + " (left out of the comparison)"));
    }

    private String sameCallsReason(PromptSet a, PromptSet b) {
        if (engineOptions.engineFor(Role.CALLER) == EngineOptions.Engine.offline && engineOptions.engineFor(Role.CALLEE) == EngineOptions.Engine.offline) {
            return "both sides run the offline engine, which reads no prompt template; compare prompts on an LLM"
                    + " (--caller-engine openai with --base-url URL --model NAME; --callee-engine offline keeps the customer free)";
        }
        return "the templates the LLM side(s) read render identically in " + a.dir() + " and " + b.dir()
                + "; edit the variant you mean to test";
    }

    private Scorer scorer(Card c, PromptSet p) {
        return new Scorer(c, dev.rolecall.scoring.Weights.load(p.dir().resolve("weights.json")));
    }

    /** Runs (or resumes) one variant; failed calls already in its cache are retried. Returns a problem line, or null. */
    private String runVariant(Card c, PromptSet prompts, AgentFactory caller, AgentFactory callee, Path out,
                              PrintWriter err, String label) {
        BatchResult r = new BatchRunner().run(new BatchConfig(c, prompts, caller, callee, seedStart, (long) n * repeats,
                concurrency, maxTurns, null, out, true, null, null), BatchListener.NONE);
        err.println("rolecall: " + label + ": " + r.skipped() + " calls reused from " + out + " (same inputs), "
                + r.stats().calls() + " made");
        if (r.abort() != null) {
            throw new UserError(BatchOutcome.exitCode(r.abort().kind()),
                    label + ": " + r.abort().message());
        }
        if (r.interrupted()) {
            throw new UserError(ExitCodes.INTERRUPTED, label + ": interrupted; run the same compare again to finish");
        }
        long failed = r.failedInFile();
        return failed == 0 ? null : label + ": " + failed + " calls failed (endpoint errors) and are left out of the"
                + " pairs; run the same compare again to retry them";
    }

    private void print(PrintWriter out, List<PairedComparison> results, PairedScores pairs, String a, String b) {
        out.println("A: " + a);
        out.println("B: " + b);
        out.printf(Locale.ROOT, "%-10s %5s %8s %8s %8s  %-19s %11s  %s%n", "item", "n", "mean A", "mean B", "B - A",
                "95% CI", "win/tie/loss", "verdict");
        for (PairedComparison r : results) {
            out.printf(Locale.ROOT, "%-10s %5d %8.3f %8.3f %+8.3f  [%+7.3f, %+7.3f] %4d/%d/%d  %s%n", r.item(), r.n(), r.meanA(),
                    r.meanB(), r.diff(), r.ciLow(), r.ciHigh(), r.wins(), r.ties(), r.losses(), verdict(r));
        }
        if (repeats > 1) {
            double[] pass = pairs.passAll();
            out.printf(Locale.ROOT, "pass^%d (all %d repeats of a seed end by a card condition): A %.2f, B %.2f%n", repeats,
                    repeats, pass[0], pass[1]);
        }
        if (pairs.unpaired() > 0) {
            out.println(pairs.unpaired() + " seeds present on one side only were left out");
        }
    }

    private static String verdict(PairedComparison r) {
        return switch (r.verdict()) {
            case B_BETTER -> "B better";
            case B_WORSE -> "B worse";
            case NO_DIFFERENCE -> "no significant difference at this n";
        };
    }

    private String json(List<PairedComparison> results, PairedScores pairs, String a, String b) {
        ObjectNode root = TranscriptJson.MAPPER.createObjectNode();
        root.put("a", a);
        root.put("b", b);
        ArrayNode items = root.putArray("items");
        results.forEach(r -> items.addPOJO(r));
        if (repeats > 1) {
            root.put("repeats", repeats);
            root.put("passAllA", pairs.passAll()[0]);
            root.put("passAllB", pairs.passAll()[1]);
        }
        root.put("unpaired", pairs.unpaired());
        return root.toString();
    }
}
