package dev.rolecall.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.batch.BatchConfig;
import dev.rolecall.batch.BatchListener;
import dev.rolecall.batch.BatchResult;
import dev.rolecall.batch.BatchRunner;
import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.compare.PairedComparison;
import dev.rolecall.compare.PairedScores;
import dev.rolecall.prompt.PromptSet;
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

    @Option(names = "--seed-start", paramLabel = "S", defaultValue = "1") long seedStart;

    @Option(names = {"-c", "--concurrency"}, paramLabel = "C", defaultValue = "8") int concurrency;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "30") int maxTurns;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "transcripts", description = "Where the A and B transcripts go. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--json", description = "Machine-readable result.")
    boolean json;

    @Option(names = "--fail-if-worse", description = "Exit 1 when B is significantly worse overall (for CI gates).")
    boolean failIfWorse;

    @Override
    public Integer call() {
        PairedScores pairs;
        String labelA;
        String labelB;
        if (files != null && !files.isEmpty()) {
            if (files.size() != 2) {
                throw new UserError(ExitCodes.BAD_INPUT, "compare needs two files (A and B), got " + files.size());
            }
            pairs = new PairedScores(seedStart, repeats);
            TranscriptSources sources = new TranscriptSources(card, null);
            PairedScores p = pairs;
            TranscriptReader.forEach(files.get(0), t -> p.addA(t.score() != null ? t : scorer(sources.card(t), sources.prompts(t)).scoreInto(t)));
            TranscriptReader.forEach(files.get(1), t -> p.addB(t.score() != null ? t : scorer(sources.card(t), sources.prompts(t)).scoreInto(t)));
            labelA = files.get(0).toString();
            labelB = files.get(1).toString();
        } else {
            if (promptsA == null || promptsB == null) {
                throw new UserError(ExitCodes.BAD_INPUT, "give --prompts-a DIR and --prompts-b DIR, or two transcript files");
            }
            Card c = CardParser.parse(card == null ? Home.defaultCard() : card);
            spec.commandLine().getErr().println(engineOptions.banner());
            pairs = new PairedScores(seedStart, repeats);
            Path outA = outDir.resolve("compare-a.jsonl");
            Path outB = outDir.resolve("compare-b.jsonl");
            runVariant(c, PromptSet.load(promptsA), outA);
            runVariant(c, PromptSet.load(promptsB), outB);
            PairedScores p = pairs;
            TranscriptReader.forEach(outA, p::addA);
            TranscriptReader.forEach(outB, p::addB);
            labelA = promptsA + " (" + outA + ")";
            labelB = promptsB + " (" + outB + ")";
        }
        List<PairedComparison> results = pairs.compare();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(results, pairs, labelA, labelB));
        } else {
            print(out, results, pairs, labelA, labelB);
        }
        out.flush();
        boolean worse = results.stream().anyMatch(r -> r.item().equals("overall") && r.verdict() == PairedComparison.Verdict.B_WORSE);
        return failIfWorse && worse ? ExitCodes.FAILED_CHECK : ExitCodes.OK;
    }

    private Scorer scorer(Card c, PromptSet p) {
        return new Scorer(c, dev.rolecall.scoring.Weights.load(p.dir().resolve("weights.json")));
    }

    private void runVariant(Card c, PromptSet prompts, Path out) {
        Engines engines = new Engines(limits.limiter());
        Scorer scorer = scorer(c, prompts);
        BatchResult r = new BatchRunner().run(new BatchConfig(c, prompts, engineOptions.factory(Role.CALLER, engines),
                engineOptions.factory(Role.CALLEE, engines), seedStart, (long) n * repeats, concurrency, maxTurns, null, out,
                false, null, scorer::scoreInto), BatchListener.NONE);
        if (r.abortReason() != null) {
            throw new UserError(ExitCodes.ENDPOINT, r.abortReason());
        }
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
