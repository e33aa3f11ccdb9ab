package dev.rolecall.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Card;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.prompt.TranscriptSources;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The export workflow: transcripts in, training records out. Failed, truncated and looping calls are
 * dropped, so are calls under the score floor and near duplicates of a call kept. Every input is
 * checked whole before anything is written: a bad line is one error naming its file:line and leaves
 * an earlier export untouched; a torn last line is said, and counted as dropped. Output files are
 * written beside their final names and moved into place at the end.
 */
public final class Exporter {
    private final ExportRequest request;
    private final TranscriptSources sources;
    private final NearDuplicates dups;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private int read;
    private int train;
    private int validation;
    /** Calls that reached the near-duplicate check, and the ones it dropped. */
    private int dedupeChecked;
    private int dedupeDropped;
    /** Per distinct system prompt (by hash and length), how many records carry it. */
    private final Map<String, Integer> systemPrompts = new java.util.HashMap<>();
    private final List<Integer> trainTokens = new ArrayList<>();
    private final List<Integer> validationTokens = new ArrayList<>();

    public Exporter(ExportRequest request, TranscriptSources sources) {
        this.request = request;
        this.sources = sources;
        this.dups = new NearDuplicates(request.dedupe());
    }

    /** Runs the export; {@code warn} hears each torn last line skipped. */
    public ExportResult run(Consumer<String> warn) throws IOException {
        for (Path file : request.files()) {
            for (TranscriptReader.Problem p : TranscriptReader.validate(file)) {
                warn.accept(p.toString());
                drop("incomplete last line (an interrupted write)");
            }
        }
        Path out = request.out();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path trainTmp = out.resolveSibling(out.getFileName() + ".tmp");
        Path valOut = request.valOut();
        Path valTmp = valOut == null ? null : valOut.resolveSibling(valOut.getFileName() + ".tmp");
        boolean done = false;
        try (BufferedWriter trainFile = Files.newBufferedWriter(trainTmp, StandardCharsets.UTF_8);
             BufferedWriter valFile = valTmp == null ? null : Files.newBufferedWriter(valTmp, StandardCharsets.UTF_8)) {
            for (Path file : request.files()) {
                TranscriptReader.forEach(file, t -> export(t, trainFile, valFile));
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(trainTmp);
                if (valTmp != null) {
                    Files.deleteIfExists(valTmp);
                }
            }
        }
        Files.move(trainTmp, out, StandardCopyOption.REPLACE_EXISTING);
        if (valTmp != null) {
            Files.move(valTmp, valOut, StandardCopyOption.REPLACE_EXISTING);
        }
        ExportResult result = new ExportResult(read, train, validation, java.util.Collections.unmodifiableMap(new TreeMap<>(dropped)),
                new ExportResult.Tokens(TokenCount.ENCODING, trainTokens, validationTokens), warnings());
        writeMeta(result);
        return result;
    }

    private void export(Transcript t, BufferedWriter trainFile, BufferedWriter valFile) {
        read++;
        String reason = dropReason(t);
        if (reason != null) {
            drop(reason);
            return;
        }
        Card c = sources.card(t);
        PromptSet p = sources.prompts(t);
        var messages = ChatFormat.messages(p.systemPrompt(c, request.side(), t.persona() == null ? Map.of() : t.persona()),
                p.firstTurn(), request.side(), t.turns());
        var problems = ChatFormat.problems(messages);
        if (!problems.isEmpty()) {
            drop("invalid chat (" + problems.get(0) + ")");
            return;
        }
        ObjectNode record = request.format().record(messages);
        systemPrompts.merge(messages.get(0).content().hashCode() + ":" + messages.get(0).content().length(), 1, Integer::sum);
        int tokens = TokenCount.of(messages);
        if (valFile != null && isValidation(t.seed())) {
            write(valFile, record.toString());
            validation++;
            validationTokens.add(tokens);
        } else {
            write(trainFile, record.toString());
            train++;
            trainTokens.add(tokens);
        }
    }

    /** A seed's split is fixed by its hash, so a re-export with more calls keeps each seed on its side. */
    private boolean isValidation(long seed) {
        return Math.floorMod(Long.hashCode(seed * 0x9E3779B97F4A7C15L), 10_000) < request.valFraction() * 10_000;
    }

    private String dropReason(Transcript t) {
        EndReason reason = t.end() == null ? null : t.end().reason();
        if (reason != EndReason.END_CONDITION) {
            return reason == null ? "no recorded ending" : "ended by " + reason.id();
        }
        Double minScore = request.minScore();
        if (minScore != null) {
            var card = dev.rolecall.scoring.Scorecard.of(t);
            if (card.isEmpty()) {
                return "not scored (run rolecall score first)";
            }
            if (card.get().overall() < minScore) {
                return "score below " + minScore;
            }
        }
        String sideText = t.turns().stream().filter(x -> x.speaker() == request.side()).map(Turn::text)
                .collect(Collectors.joining("\n"));
        dedupeChecked++;
        if (dups.seen(sideText)) {
            dedupeDropped++;
            return "near duplicate";
        }
        return null;
    }

    /** What makes the data poor for training although every record is valid. */
    private List<String> warnings() {
        List<String> out = new ArrayList<>();
        int kept = train + validation;
        int shared = systemPrompts.values().stream().max(Integer::compare).orElse(0);
        if (kept >= 2 && shared * 2 > kept) {
            out.add(shared + " of " + kept + " records share one system prompt: a model trained on them learns that"
                    + " one prompt; vary it (batch --personas, other cards or prompt variants)");
        }
        if (dedupeChecked >= 2 && dedupeDropped * 2 > dedupeChecked) {
            out.add("near-duplicate removal dropped " + dedupeDropped + " of " + dedupeChecked + " calls: they barely"
                    + " differ; vary them (batch --personas, --temperature-range) or loosen --dedupe (now " + request.dedupe() + ")");
        }
        return out;
    }

    private void drop(String reason) {
        dropped.merge(reason, 1, Integer::sum);
    }

    private void writeMeta(ExportResult r) throws IOException {
        ObjectNode meta = TranscriptJson.MAPPER.createObjectNode();
        meta.put("format", request.format().name());
        meta.put("side", request.side().id());
        meta.putPOJO("inputs", request.files().stream().map(Path::toString).toList());
        meta.put("read", r.read());
        meta.put("kept", r.kept());
        meta.put("train", r.train());
        if (request.valOut() != null) {
            meta.put("validation", r.validation());
            meta.put("validationFile", request.valOut().toString());
        }
        meta.putPOJO("dropped", r.dropped());
        ObjectNode tokens = meta.putObject("tokens");
        tokens.put("encoding", r.tokens().encoding());
        tokens.put("total", r.tokens().total());
        tokens.putPOJO("train", r.tokens().train());
        if (request.valOut() != null) {
            tokens.putPOJO("validation", r.tokens().validation());
        }
        meta.putPOJO("warnings", r.warnings());
        meta.put("minScore", request.minScore());
        meta.put("dedupe", request.dedupe());
        Files.writeString(request.metaOut(), TranscriptJson.MAPPER.writerWithDefaultPrettyPrinter()
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
}
