package dev.rolecall.cli;

import dev.rolecall.agent.AgentFactory;
import dev.rolecall.agent.HumanAgentFactory;
import dev.rolecall.agent.LineSource;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.orchestrator.CallSpec;
import dev.rolecall.orchestrator.Orchestrator;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.TextRenderer;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rolecall run}: one call, printed live, saved as a transcript (JSONL line + readable .txt). */
@Command(addMethodSubcommands = false, name = "run", sortOptions = false,
        description = "Run one call, print it live and save the transcript.")
final class RunCommand extends Subcommand {

    @Mixin CardOptions cardOptions;
    @Mixin EngineOptions engineOptions;
    @Mixin ScoringOptions scoring;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the call (default: random, printed so the call can be replayed).") Long seed;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "30", description = "Stop after N utterances. Default: ${DEFAULT-VALUE}.") int maxTurns;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "transcripts/calls.jsonl",
            description = "JSONL file the transcript is appended to; the readable transcript goes in the same folder as <call id>.txt (its path is printed). Default: ${DEFAULT-VALUE}.") Path out;

    @Option(names = "--human", paramLabel = "caller|callee", description = "Play this side yourself in the terminal; the other side runs on its engine.") Role human;

    @Option(names = "--quiet", description = "Do not print the call live; print only where it was saved and how it ended.") boolean quiet;

    @Override
    public Integer call() {
        if (maxTurns < 1) {
            throw new UserError(ExitCodes.BAD_INPUT, "--max-turns must be at least 1, got " + maxTurns);
        }
        Card card = cardOptions.loadCard();
        PromptSet prompts = cardOptions.loadPrompts();
        long callSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        stderr.println(engineOptions.banner());

        Terminal terminal = human != null && System.console() != null ? terminal() : null;
        AgentFactory humanSide = human == null ? null : new HumanAgentFactory(terminal != null ? new TerminalInput(terminal)
                : LineSource.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), stdout), stdout);
        CallSpec call = new CallSpec(null, card, prompts,
                human == Role.CALLER ? humanSide : engineOptions.factory(Role.CALLER, RateLimiter.UNLIMITED),
                human == Role.CALLEE ? humanSide : engineOptions.factory(Role.CALLEE, RateLimiter.UNLIMITED),
                callSeed, maxTurns, null);
        // the output is opened before the call: a path that cannot be written fails now, not after the call is spent
        TranscriptWriter writer = new TranscriptWriter(out);
        Transcript transcript;
        try {
            transcript = new Orchestrator().run(call, turn -> {
                // a person sees what they typed already; show them the other side (and their own end marker)
                if (!quiet && (turn.speaker() != human || turn.endMarker() != null)) {
                    stdout.println(TextRenderer.line(turn));
                    stdout.flush();
                }
            });
        } catch (RuntimeException | Error e) {
            closeQuietly(writer);
            throw e;
        } finally {
            if (terminal != null) {
                close(terminal);
            }
        }

        String scoreError = null;
        if (!transcript.end().reason().equals(EndReason.AUTH_ERROR) && !transcript.turns().isEmpty()) {
            try {
                transcript = scoring.scorer(card, prompts).apply(transcript);
            } catch (RuntimeException e) {
                scoreError = e.toString(); // the call is saved unscored rather than lost
            }
        }
        try (writer) {
            writer.append(transcript);
        }
        Path txt = writeText(transcript);
        stdout.println("saved: " + out + " (call " + transcript.id() + ", seed " + callSeed + "), readable: " + txt);
        stdout.println(TextRenderer.describe(transcript.end()));
        if (transcript.score() != null) {
            ScoreTable table = new ScoreTable(stdout);
            table.header();
            table.row(transcript.id(), transcript.score());
        }
        stdout.flush();

        EndReason reason = transcript.end().reason();
        if (reason == EndReason.AUTH_ERROR || reason == EndReason.LLM_ERROR) {
            stderr.println("rolecall: " + transcript.end().detail());
            return ExitCodes.ENDPOINT;
        }
        if (scoreError != null) {
            stderr.println("rolecall: the call was saved but could not be scored (" + scoreError
                    + "); score it with: rolecall score " + out + " --debug");
            return ExitCodes.INCOMPLETE;
        }
        return reason == EndReason.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }

    /** The terminal a person types into, through JLine (line editing, history); its raw mode ends with the call. */
    private static Terminal terminal() {
        try {
            return TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal for --human (" + e.getMessage() + ")", e);
        }
    }

    private static void closeQuietly(TranscriptWriter writer) {
        try {
            writer.close();
        } catch (RuntimeException ignored) {
            // the call's own failure is the one to report
        }
    }

    private static void close(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the call is over; a terminal that will not close leaves nothing to save
        }
    }

    private Path writeText(Transcript transcript) {
        Path dir = out.toAbsolutePath().getParent();
        Path txt = (dir == null ? Path.of(".") : dir).resolve(transcript.id() + ".txt");
        try {
            Files.writeString(txt, TextRenderer.render(transcript), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(txt + ": cannot write the readable transcript (" + e.getMessage() + ")", e);
        }
        return out.getParent() == null ? txt.getFileName() : out.getParent().resolve(txt.getFileName());
    }
}
