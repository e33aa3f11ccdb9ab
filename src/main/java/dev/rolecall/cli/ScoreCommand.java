package dev.rolecall.cli;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.scoring.Scorer;
import dev.rolecall.scoring.Weights;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import dev.rolecall.transcript.TranscriptWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rolecall score}: scorecards for rolecall transcripts and plain-text call logs. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score calls against the card's script: a table per call and the mean of each item.",
                "Input: rolecall JSONL, or plain-text logs with one 'speaker: text' line per utterance."})
final class ScoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DebugOption debugOption;
    @Mixin JudgeOptions judgeOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript files (.jsonl, or .txt call logs).")
    List<Path> files;

    @Option(names = "--card", paramLabel = "FILE", description = "Card to score against. Default: the card recorded in each transcript, else the bundled card.")
    Path card;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Prompt folder holding weights.json. Default: prompts/.")
    Path prompts;

    @Option(names = "--weights", paramLabel = "FILE", description = "Item weights (JSON). Default: weights.json in the prompt folder.")
    Path weights;

    @Option(names = "--speakers", paramLabel = "A=caller,B=callee", description = "Who is who in plain-text logs (default: first speaker is the caller).")
    String speakers;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the scored transcripts to this JSONL file.")
    Path out;

    @Option(names = "--in-place", description = "Add the scorecards to the input JSONL files (atomic rewrite).")
    boolean inPlace;

    @Option(names = "--json", description = "Print one JSON scorecard per line instead of the table.")
    boolean json;

    @Option(names = "--explain", description = "After each call's row, show every item's score, the points it cost, why, and its evidence turns; critical errors first.")
    boolean explain;

    /** One scorer per resolved card (same path and names): the card a call is scored against never depends on its neighbours. */
    private final Map<Card, Scorer> scorers = new java.util.IdentityHashMap<>();
    private TranscriptSources sources;
    private Weights weightsInUse;
    private dev.rolecall.scoring.LlmJudge judge;

    @Override
    public Integer call() {
        if (inPlace && out != null) {
            throw new UserError(ExitCodes.BAD_INPUT, "use either --in-place or --out, not both");
        }
        Map<String, Role> speakerMap = PlainTextTranscripts.parseSpeakers(speakers);
        Path promptDir = prompts != null ? prompts : Home.prompts();
        Weights w = Weights.load(weights != null ? weights : promptDir.resolve("weights.json"));
        weightsInUse = w;
        judge = judgeOptions.build(dev.rolecall.prompt.PromptSet.load(promptDir));
        // every input is checked before anything is printed or written: a bad line never half-succeeds
        for (Path file : files) {
            if (isPlainText(file)) {
                PlainTextTranscripts.read(file, speakerMap);
            } else {
                TranscriptReader.validate(file);
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        ScoreTable table = new ScoreTable(stdout);
        if (!json) {
            table.header();
        }
        try (TranscriptWriter writer = out == null ? null : new TranscriptWriter(out)) {
            for (Path file : files) {
                if (isPlainText(file)) {
                    Transcript t = score(PlainTextTranscripts.read(file, speakerMap), w);
                    emit(t, stdout, table, writer);
                } else {
                    Path tmp = file.resolveSibling(file.getFileName() + ".scoring");
                    try (TranscriptWriter rewrite = inPlace ? new TranscriptWriter(tmp) : null) {
                        var problems = TranscriptReader.forEach(file, t -> {
                            Transcript scored = score(t, w);
                            emit(scored, stdout, table, writer);
                            if (rewrite != null) {
                                rewrite.append(scored);
                            }
                        });
                        problems.forEach(p -> spec.commandLine().getErr().println("rolecall: " + p));
                    }
                    if (inPlace) {
                        move(tmp, file);
                    }
                }
            }
        }
        if (!json) {
            table.summary();
        }
        if (out != null) {
            stdout.println("saved: " + out);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private void emit(Transcript t, PrintWriter stdout, ScoreTable table, TranscriptWriter writer) {
        if (json) {
            ObjectNodeLine.print(stdout, t);
        } else {
            table.row(t.id(), t.score());
            if (explain) {
                dev.rolecall.scoring.Explanation.lines(t, weightsInUse).forEach(stdout::println);
                stdout.println();
            }
        }
        if (writer != null) {
            writer.append(t);
        }
    }

    private Transcript score(Transcript t, Weights w) {
        if (sources == null) {
            sources = new TranscriptSources(card, prompts);
        }
        Card c = sources.card(t);
        Scorer scorer = scorers.computeIfAbsent(c, k -> new Scorer(k, w));
        Transcript scored = scorer.scoreInto(t);
        if (judge != null) {
            var withJudge = ((com.fasterxml.jackson.databind.node.ObjectNode) scored.score()).deepCopy();
            withJudge.set("judge", judge.judge(c, scored));
            scored = scored.withScore(withJudge);
        }
        return scored;
    }

    static boolean isPlainText(Path file) {
        if (file.toString().endsWith(".jsonl") || file.toString().endsWith(".json")) {
            return false;
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).findFirst().map(l -> !l.trim().startsWith("{")).orElse(true);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void move(Path tmp, Path file) {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot replace with the scored file (" + e.getMessage()
                    + "); the scored copy is at " + tmp, e);
        }
    }

    /** {"id":..., "seed":..., "score":{...}} per line, for machines. */
    private static final class ObjectNodeLine {
        static void print(PrintWriter out, Transcript t) {
            var node = TranscriptJson.MAPPER.createObjectNode();
            node.put("id", t.id());
            node.put("seed", t.seed());
            node.set("score", t.score());
            out.println(node.toString());
        }
    }
}
