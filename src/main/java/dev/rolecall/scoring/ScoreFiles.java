package dev.rolecall.scoring;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.TranscriptSources;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import dev.rolecall.transcript.TranscriptWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workflow of {@code rolecall score}: scores rolecall JSONL files and plain-text call logs,
 * optionally asks the LLM judge, and writes the scored calls to a new file or back into their own
 * (atomic rewrite). Every input is checked before anything is scored or written, so a bad line
 * never half-succeeds.
 */
public final class ScoreFiles {
    private final TranscriptSources sources;
    private final Weights weights;
    private final SecondOpinion judge;
    private final Map<String, Role> speakers;
    /** One scorer per resolved card (same path and names): the card a call is scored against never depends on its neighbours. */
    private final Map<Card, Scorer> scorers = new IdentityHashMap<>();

    /**
     * @param judge    the LLM judge, or null
     * @param speakers who is who in plain-text logs (empty: the first speaker is the caller)
     */
    public ScoreFiles(TranscriptSources sources, Weights weights, SecondOpinion judge, Map<String, Role> speakers) {
        this.sources = sources;
        this.weights = weights;
        this.judge = judge;
        this.speakers = speakers;
    }

    /** Hears how scoring goes. */
    public interface Listener {
        /** Every input was read and is well-formed: nothing was printed or written before this. */
        void checked();

        void scored(Transcript t);

        /** A torn last line (a crash mid-write) left out. */
        void warn(String problem);
    }

    /**
     * Scores every call of {@code files} in order and hands each to the listener.
     *
     * @param out     a JSONL file to write the scored calls to, or null
     * @param inPlace write each JSONL input's scored calls back into it
     */
    public void run(List<Path> files, Path out, boolean inPlace, Listener listener) {
        if (inPlace && out != null) {
            throw new IllegalArgumentException("use either --in-place or --out, not both");
        }
        for (Path file : files) {
            if (isPlainText(file)) {
                sources.card(PlainTextTranscripts.read(file, speakers)); // the card its header names must be found, too
            } else {
                TranscriptReader.validate(file);
            }
        }
        listener.checked();
        Consumer<String> warn = listener::warn;
        try (TranscriptWriter writer = out == null ? null : new TranscriptWriter(out)) {
            Consumer<Transcript> emit = writer == null ? listener::scored : t -> {
                listener.scored(t);
                writer.append(t);
            };
            for (Path file : files) {
                if (isPlainText(file)) {
                    emit.accept(score(PlainTextTranscripts.read(file, speakers)));
                } else {
                    scoreJsonl(file, inPlace, emit, warn);
                }
            }
        }
    }

    private void scoreJsonl(Path file, boolean inPlace, Consumer<Transcript> emit, Consumer<String> warn) {
        Path tmp = file.resolveSibling(file.getFileName() + ".scoring");
        try (TranscriptWriter rewrite = inPlace ? new TranscriptWriter(tmp) : null) {
            TranscriptReader.forEach(file, t -> {
                Transcript scored = score(t);
                emit.accept(scored);
                if (rewrite != null) {
                    rewrite.append(scored);
                }
            }).forEach(p -> warn.accept(p.toString()));
        }
        if (inPlace) {
            move(tmp, file);
        }
    }

    /** One call's scorecard, with the judge's beside it when there is a judge. */
    public Transcript score(Transcript t) {
        Card card = sources.card(t);
        Transcript scored = scorers.computeIfAbsent(card, k -> new Scorer(k, weights)).scoreInto(t);
        if (judge == null) {
            return scored;
        }
        ObjectNode withJudge = ((ObjectNode) scored.score()).deepCopy();
        JsonNode opinion = judge.judge(card, scored);
        withJudge.set("judge", opinion);
        if (opinion instanceof ObjectNode o) {
            JudgedErrors.apply(withJudge, o, scored, weights);
        }
        return scored.withScore(withJudge);
    }

    /** A .jsonl/.json file is a rolecall transcript file; anything else is one whose first line does not open a JSON object. */
    public static boolean isPlainText(Path file) {
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
}
