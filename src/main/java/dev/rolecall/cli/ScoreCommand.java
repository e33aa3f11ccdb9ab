package dev.rolecall.cli;

import dev.rolecall.prompt.PromptSet;
import dev.rolecall.scoring.Explanation;
import dev.rolecall.scoring.ScoreFiles;
import dev.rolecall.scoring.Weights;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rolecall score}: scorecards for rolecall transcripts and plain-text call logs ({@link ScoreFiles} does the work). */
@Command(addMethodSubcommands = false, name = "score", sortOptions = false,
        description = {"Score calls against the card's script: a table per call and the mean of each item.",
                "Input: rolecall JSONL, or plain-text logs with one 'speaker: text' line per utterance."})
final class ScoreCommand extends Subcommand {
    @Mixin SourceOptions sourceOptions;
    @Mixin JudgeOptions judgeOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Transcript files (.jsonl, or .txt call logs).") List<Path> files;

    @Mixin WeightsOption weights;

    @Option(names = "--speakers", paramLabel = "A=caller,B=callee", description = "Who is who in plain-text logs (default: first speaker is the caller).") String speakers;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the scored transcripts to this JSONL file.") Path out;

    @Option(names = "--in-place", description = "Add the scorecards to the input JSONL files (atomic rewrite).") boolean inPlace;

    @Option(names = "--json", description = "Print one JSON scorecard per line instead of the table.") boolean json;

    @Option(names = "--explain", description = "Under each call's row: every item's score, the points it cost, why, and the words of its evidence turns; then each script step.") boolean explain;

    @Override
    public Integer call() {
        Path promptDir = sourceOptions.promptDir();
        Weights w = weights.load(promptDir);
        ScoreFiles workflow = new ScoreFiles(sourceOptions.sources(), w, judgeOptions.build(PromptSet.load(promptDir)),
                PlainTextTranscripts.parseSpeakers(speakers));
        PrintWriter stdout = out();
        PrintWriter err = err();
        ScoreTable table = new ScoreTable(stdout);
        workflow.run(files, out, inPlace, new ScoreFiles.Listener() {
            @Override
            public void checked() {
                if (!json) {
                    table.header();
                }
            }

            @Override
            public void scored(Transcript t) {
                if (json) {
                    stdout.println(jsonLine(t));
                } else {
                    table.row(t.id(), t.score());
                    if (explain) {
                        Explanation.lines(t, w).forEach(stdout::println);
                        stdout.println();
                    }
                }
            }

            @Override
            public void warn(String problem) {
                err.println("rolecall: " + problem);
            }
        });
        if (!json) {
            table.summary();
        }
        if (out != null) {
            stdout.println("saved: " + out);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** {"id":..., "seed":..., "score":{...}} per line, for machines. */
    private static String jsonLine(Transcript t) {
        var node = TranscriptJson.MAPPER.createObjectNode();
        node.put("id", t.id());
        node.put("seed", t.seed());
        node.set("score", t.score());
        return node.toString();
    }
}
