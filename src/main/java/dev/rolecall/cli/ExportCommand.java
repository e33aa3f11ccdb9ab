package dev.rolecall.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.export.ChatFormat;
import dev.rolecall.export.NearDuplicates;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import dev.rolecall.transcript.Turn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rolecall export}: training data from transcripts, filtered by ending, score and near-duplication. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn transcripts into training data from one side's view (OpenAI chat JSONL or ShareGPT).",
                "Failed, truncated and looping calls are dropped; so are calls under --min-score and near duplicates."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DebugOption debugOption;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "rolecall JSONL transcript files.")
    List<Path> files;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output JSONL.")
    Path out;

    @Option(names = "--format", paramLabel = "openai|sharegpt", defaultValue = "openai", description = "Default: ${DEFAULT-VALUE}.")
    ChatFormat.Format format;

    @Option(names = "--side", paramLabel = "caller|callee", defaultValue = "caller", description = "Whose turns are the assistant's. Default: ${DEFAULT-VALUE}.")
    Role side;

    @Option(names = "--min-score", paramLabel = "X", description = "Keep calls whose overall score is at least X (0..100); unscored calls are dropped.")
    Double minScore;

    @Option(names = "--dedupe", paramLabel = "J", defaultValue = "0.9",
            description = "Drop a call whose exported side is this similar (Jaccard of 4-character shingles) to one kept. 1 = exact only. Default: ${DEFAULT-VALUE}.")
    double dedupe;

    @Option(names = "--val-fraction", paramLabel = "F", description = "Put this fraction of seeds (chosen by seed hash) in a validation file beside the output.")
    Double valFraction;

    @Option(names = "--card", paramLabel = "FILE", description = "Card for the system prompt, when the one in the transcripts is gone.")
    Path card;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Prompt templates for the system prompt, when the ones in the transcripts are gone.")
    Path prompts;

    @Override
    public Integer call() throws IOException {
        if (valFraction != null && (valFraction <= 0 || valFraction >= 1)) {
            throw new UserError(ExitCodes.BAD_INPUT, "--val-fraction must be between 0 and 1, got " + valFraction);
        }
        TranscriptSources sources = new TranscriptSources(card, prompts);
        NearDuplicates dups = new NearDuplicates(dedupe);
        Map<String, Integer> dropped = new TreeMap<>();
        int[] kept = {0, 0};
        int[] read = {0};
        Path valOut = valFraction == null ? null : sibling(out, ".val.jsonl");
        // every input is checked whole before anything is written: a bad line is one error naming its
        // file:line and leaves an earlier export untouched; a torn last line is said, and counted as dropped
        for (Path file : files) {
            for (TranscriptReader.Problem p : TranscriptReader.validate(file)) {
                spec.commandLine().getErr().println("rolecall: " + p);
                dropped.merge("incomplete last line (an interrupted write)", 1, Integer::sum);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path trainOut = out.resolveSibling(out.getFileName() + ".tmp");
        Path valTmp = valOut == null ? null : valOut.resolveSibling(valOut.getFileName() + ".tmp");
        boolean done = false;
        try (BufferedWriter train = Files.newBufferedWriter(trainOut, StandardCharsets.UTF_8);
             BufferedWriter val = valTmp == null ? null : Files.newBufferedWriter(valTmp, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                TranscriptReader.forEach(file, t -> {
                    read[0]++;
                    String reason = dropReason(t, dups);
                    if (reason != null) {
                        dropped.merge(reason, 1, Integer::sum);
                        return;
                    }
                    Card c = sources.card(t);
                    PromptSet p = sources.prompts(t);
                    var messages = ChatFormat.messages(p.systemPrompt(c, side, t.persona() == null ? java.util.Map.of() : t.persona()), p.firstTurn(), side, t.turns());
                    if (!ChatFormat.problems(messages).isEmpty()) {
                        dropped.merge("invalid chat (" + ChatFormat.problems(messages).get(0) + ")", 1, Integer::sum);
                        return;
                    }
                    ObjectNode record = ChatFormat.toJson(format, messages);
                    boolean isVal = val != null && Math.floorMod(Long.hashCode(t.seed() * 0x9E3779B97F4A7C15L), 10_000)
                            < valFraction * 10_000;
                    write(isVal ? val : train, record.toString());
                    kept[isVal ? 1 : 0]++;
                });
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(trainOut);
                if (valTmp != null) {
                    Files.deleteIfExists(valTmp);
                }
            }
        }
        Files.move(trainOut, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (valTmp != null) {
            Files.move(valTmp, valOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        writeMeta(read[0], kept, dropped, valOut);
        var stdout = spec.commandLine().getOut();
        stdout.println("exported " + (kept[0] + kept[1]) + " of " + read[0] + " calls (" + format + ", " + side.id() + " side) -> "
                + out + (valOut == null ? "" : " (" + kept[0] + " train) and " + valOut + " (" + kept[1] + " validation)"));
        dropped.forEach((why, n) -> stdout.println("  dropped " + n + ": " + why));
        stdout.flush();
        return ExitCodes.OK;
    }

    private String dropReason(Transcript t, NearDuplicates dups) {
        EndReason reason = t.end() == null ? null : t.end().reason();
        if (reason != EndReason.END_CONDITION) {
            return reason == null ? "no recorded ending" : "ended by " + reason.id();
        }
        if (minScore != null) {
            if (t.score() == null || !t.score().has("overall")) {
                return "not scored (run rolecall score first)";
            }
            if (t.score().get("overall").asDouble() < minScore) {
                return "score below " + minScore;
            }
        }
        String sideText = t.turns().stream().filter(x -> x.speaker() == side).map(Turn::text).collect(Collectors.joining("\n"));
        if (dups.seen(sideText)) {
            return "near duplicate";
        }
        return null;
    }

    private void writeMeta(int read, int[] kept, Map<String, Integer> dropped, Path valOut) throws IOException {
        ObjectNode meta = TranscriptJson.MAPPER.createObjectNode();
        meta.put("format", format.name());
        meta.put("side", side.id());
        meta.putPOJO("inputs", files.stream().map(Path::toString).toList());
        meta.put("read", read);
        meta.put("kept", kept[0] + kept[1]);
        meta.put("train", kept[0]);
        if (valOut != null) {
            meta.put("validation", kept[1]);
            meta.put("validationFile", valOut.toString());
        }
        meta.putPOJO("dropped", dropped);
        meta.put("minScore", minScore);
        meta.put("dedupe", dedupe);
        Files.writeString(sibling(out, ".meta.json"), TranscriptJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(meta), StandardCharsets.UTF_8);
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString().replaceAll("\\.jsonl$", "");
        return file.resolveSibling(name + suffix);
    }
}
