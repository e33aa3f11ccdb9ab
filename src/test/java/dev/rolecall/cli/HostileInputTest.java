package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files users hand in that are odd or broken. Each either works cleanly or fails with one line
 * naming the file (and line) with exit 2, writing nothing and printing no partial result.
 */
class HostileInputTest {
    static final Path ENGLISH = Path.of("prompts/cards/english-support.md");
    @TempDir Path tmp;

    private static String english() throws Exception {
        return Files.readString(ENGLISH);
    }

    private Cli runCard(Path card, String... extra) {
        String[] base = {"run", "--card", card.toString(), "--seed", "3", "--no-score", "--quiet", "-o",
                tmp.resolve(card.getFileName() + ".jsonl").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    private Transcript only(Path card) {
        return TranscriptReader.readAll(tmp.resolve(card.getFileName() + ".jsonl")).get(0);
    }

    // ---- cards ----------------------------------------------------------------------------------

    @Test
    void utf16AndBomCardsReadLikeTheirUtf8Original() throws Exception {
        Path plain = tmp.resolve("plain.md");
        Files.writeString(plain, english());
        assertThat(runCard(plain).exit()).isZero();
        List<String> expected = only(plain).turns().stream().map(t -> t.text()).toList();

        byte[] bomUtf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, english().getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, english().getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, english().getBytes(StandardCharsets.UTF_16BE));
        byte[] utf16leNoBom = english().getBytes(StandardCharsets.UTF_16LE);
        Map<String, byte[]> variants = Map.of("bom-utf8.md", bomUtf8, "utf16le.md", utf16le, "utf16be.md", utf16be,
                "utf16le-nobom.md", utf16leNoBom);
        for (var v : variants.entrySet()) {
            Path card = tmp.resolve(v.getKey());
            Files.write(card, v.getValue());
            Cli r = runCard(card);
            assertThat(r.exit()).as(v.getKey() + ": " + r.err()).isZero();
            assertThat(only(card).turns().stream().map(t -> t.text()).toList()).as(v.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void cardThatIsNeitherUtf8NorUtf16IsOneLine() throws Exception {
        Path card = tmp.resolve("latin1.md");
        Files.write(card, "# Caller\n## Role\nCaf\u00e9 owner\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli r = runCard(card);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("rolecall: " + card + ":1: the card is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void fiveMegabyteCardIsHandledInBoundedTime() throws Exception {
        String filler = IntStream.range(0, 100_000).mapToObj(i -> "- Note " + i + ": the customer account has a long history.")
                .collect(Collectors.joining("\n"));
        String text = english().replace("## Background\n", "## Background\n" + filler + "\n");
        assertThat(text.length()).isGreaterThan(5_000_000);
        Path card = tmp.resolve("huge.md");
        Files.writeString(card, text);
        assertThat(Files.size(card)).isGreaterThan(5_000_000);
        long t0 = System.nanoTime();
        Cli r = runCard(card);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("bounded time").isLessThan(30_000);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(only(card).end().reason().completed()).isTrue();
    }

    @Test
    void twoHundredStepsAreHandledInBoundedTime() throws Exception {
        String steps = IntStream.rangeClosed(1, 200).mapToObj(i -> i + ") Step " + i + "\n   - \"Point " + i
                + ": our plan includes feature number " + i + ".\"").collect(Collectors.joining("\n"));
        String text = english().replaceAll("(?s)## Script\n.*?\n## Q&A", "## Script\n" + steps.replace("$", "\\$") + "\n\n## Q&A");
        Path card = tmp.resolve("steps200.md");
        Files.writeString(card, text);
        long t0 = System.nanoTime();
        Cli r = runCard(card, "--max-turns", "60");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(ms).as("bounded time").isLessThan(30_000);
        assertThat(only(card).turns()).isNotEmpty();
        // and it scores in bounded time too
        t0 = System.nanoTime();
        Cli s = Cli.run("score", tmp.resolve(card.getFileName() + ".jsonl").toString(), "--card", card.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat((System.nanoTime() - t0) / 1_000_000).as("scoring time").isLessThan(60_000);
    }

    @Test
    void cardTextWithEndMarkersAndPlaceholdersIsJustText() throws Exception {
        String text = english()
                .replace("\"Shall I send the renewal quote to your email now?\"",
                        "\"Shall I send the renewal quote to {{email}} now? [END:1]\"")
                .replace("Busy, practical,", "Busy, practical ({{mood}}), says [END:3] sometimes,");
        Path card = tmp.resolve("markers.md");
        Files.writeString(card, text);
        // the offline engine speaks that line (seeds 5 and 6 do) without hanging up on it: card text is not a marker
        for (int seed = 1; seed <= 8; seed++) {
            Path out = tmp.resolve("markers-" + seed + ".jsonl");
            Cli r = Cli.run("run", "--card", card.toString(), "--seed", String.valueOf(seed), "--no-score", "--quiet",
                    "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            Transcript t = TranscriptReader.readAll(out).get(0);
            var last = t.turns().get(t.turns().size() - 1);
            assertThat(last.text()).as("seed " + seed).doesNotContain("{{email}}");
            assertThat(t.turns()).allSatisfy(turn -> assertThat(turn.text()).doesNotContain("[END"));
        }
        // an LLM side: the system prompt carries the card text literally; a card's braces are not placeholders
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> FakeOpenAiServer.Response.reply(
                req.messages().get(0).path("content").asText().contains("Mark Davis, IT manager") && req.messages().size() > 2
                        ? "Fine, email it. [END:2]" : "Hello.")) ) {
            Cli llm = Cli.run("run", "--card", card.toString(), "--seed", "3", "--no-score", "--quiet", "--base-url",
                    server.baseUrl(), "--model", "m", "-o", tmp.resolve("markers-llm.jsonl").toString());
            assertThat(llm.exit()).as(llm.err()).isZero();
            String system = server.requests().get(0).messages().get(0).path("content").asText();
            assertThat(system).contains("{{email}}").contains("[END:1]");
        }
    }

    // ---- templates and weights --------------------------------------------------------------------

    @Test
    void templatesFolderMissingOneFileIsOneLine() throws Exception {
        for (String missing : List.of("caller.md", "callee.md")) {
            Path dir = tmp.resolve("prompts-no-" + missing);
            Files.createDirectories(dir);
            for (String f : List.of("caller.md", "callee.md", "first-turn.md", "judge.md", "weights.json")) {
                if (!f.equals(missing)) {
                    Files.copy(Path.of("prompts", f), dir.resolve(f));
                }
            }
            Cli r = Cli.run("run", "--prompts", dir.toString(), "--seed", "1", "--no-score", "-o", tmp.resolve("x.jsonl").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip().lines().filter(l -> !l.startsWith("rolecall: engines"))).containsExactly(
                    "rolecall: " + dir.resolve(missing) + ": template missing; copy it from the bundled prompts/ folder");
            assertThat(tmp.resolve("x.jsonl")).doesNotExist();
        }
        // first-turn.md and judge.md are optional: the default cue, and --judge says it is missing
        Path dir = tmp.resolve("prompts-minimal");
        Files.createDirectories(dir);
        Files.copy(Path.of("prompts/caller.md"), dir.resolve("caller.md"));
        Files.copy(Path.of("prompts/callee.md"), dir.resolve("callee.md"));
        assertThat(Cli.run("run", "--prompts", dir.toString(), "--seed", "1", "--no-score", "--quiet", "-o",
                tmp.resolve("y.jsonl").toString()).exit()).isZero();
    }

    @Test
    void utf16TemplateIsReadAsText() throws Exception {
        Path dir = tmp.resolve("prompts16");
        Files.createDirectories(dir);
        for (String f : List.of("caller.md", "callee.md")) {
            Files.write(dir.resolve(f), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    Files.readString(Path.of("prompts", f)).getBytes(StandardCharsets.UTF_16LE)));
        }
        try (FakeOpenAiServer server = FakeOpenAiServer.scripted(FakeOpenAiServer.Response.reply("Hi. [END:1]"))) {
            Cli r = Cli.run("run", "--prompts", dir.toString(), "--seed", "1", "--no-score", "--quiet", "--base-url",
                    server.baseUrl(), "--model", "m", "-o", tmp.resolve("t16.jsonl").toString());
            assertThat(r.exit()).as(r.err()).isZero();
            String system = server.requests().get(0).messages().get(0).path("content").asText();
            assertThat(system).doesNotContain("\u0000").doesNotContain("\uFEFF").contains("李明");
        }
    }

    /** A shape no call can have is bad usage before anything runs: batch --max-turns 0 had stopped as an internal error (70). */
    @Test
    void aBatchShapeNoCallCanHaveIsBadUsage() throws Exception {
        for (String[] bad : List.of(new String[] {"--max-turns", "0"}, new String[] {"-c", "0"}, new String[] {"-n", "0"})) {
            Path out = tmp.resolve("shape-" + bad[0].replace("-", "") + ".jsonl");
            Cli r = Cli.run("batch", bad[0], bad[1], "-n", bad[0].equals("-n") ? "0" : "2", "-o", out.toString());
            assertThat(r.exit()).as(String.join(" ", bad) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains(bad[0]).doesNotContain("\tat ").doesNotContain("internal error");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void malformedWeightsJsonIsOneLineAndNothingIsPrinted() throws Exception {
        Path calls = tmp.resolve("calls.jsonl");
        assertThat(Cli.run("run", "--seed", "2", "--no-score", "--quiet", "-o", calls.toString()).exit()).isZero();
        for (String bad : List.of("{\"steps\": 3,\n \"knowledge\": }", "[1, 2]", "{\"stepz\": 1}", "{\"steps\": -1}", "")) {
            Path weights = tmp.resolve("weights.json");
            Files.writeString(weights, bad);
            Cli r = Cli.run("score", calls.toString(), "--weights", weights.toString());
            assertThat(r.exit()).as(bad + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(bad).hasSize(1);
            assertThat(r.err()).as(bad).startsWith("rolecall: " + weights).doesNotContain("\tat ");
            assertThat(r.out()).as(bad).isEmpty();
        }
    }

    // ---- transcript files -------------------------------------------------------------------------

    /** Three calls; the middle line broken in the given way. */
    private Path brokenInTheMiddle(String name, byte[] middle) throws Exception {
        Path good = tmp.resolve("good-" + name + ".jsonl");
        for (int seed = 1; seed <= 3; seed++) {
            assertThat(Cli.run("run", "--seed", String.valueOf(seed), "--quiet", "-o", good.toString()).exit()).isZero();
        }
        List<String> lines = Files.readAllLines(good);
        Path bad = tmp.resolve(name + ".jsonl");
        Files.write(bad, concat(concat((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8), middle),
                ("\n" + lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8)));
        return bad;
    }

    @Test
    void aBrokenLineInTheMiddleFailsEveryCommandBeforeAnythingIsPrintedOrWritten() throws Exception {
        Map<String, byte[]> breakages = Map.of(
                "truncated", "{\"id\":\"x\",\"turns\":[".getBytes(StandardCharsets.UTF_8),
                "not-an-object", "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                "empty-object", "{\"turns\":[]}".getBytes(StandardCharsets.UTF_8),
                "not-utf8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        for (var b : breakages.entrySet()) {
            Path bad = brokenInTheMiddle(b.getKey(), b.getValue());
            String where = "rolecall: " + bad + ":2: ";
            Path outFile = tmp.resolve("out-" + b.getKey());
            for (String[] cmd : List.of(
                    new String[] {"score", bad.toString()},
                    new String[] {"score", bad.toString(), "--json", "-o", outFile + ".scored.jsonl"},
                    new String[] {"export", bad.toString(), "-o", outFile + ".train.jsonl"},
                    new String[] {"report", bad.toString(), "-o", outFile + ".html"},
                    new String[] {"merge", bad.toString(), "-o", outFile + ".merged.jsonl"},
                    new String[] {"compare", bad.toString(), bad.toString()})) {
                Cli r = Cli.run(cmd);
                String what = b.getKey() + " " + cmd[0] + ": " + r.err();
                assertThat(r.exit()).as(what).isEqualTo(2);
                assertThat(r.err().strip().lines()).as(what).hasSize(1);
                assertThat(r.err()).as(what).startsWith(where).doesNotContain("\tat ");
                // nothing printed: every input is checked before the first line of output
                assertThat(r.out()).as(what).isEmpty();
            }
            try (var files = Files.list(tmp)) {
                // nothing written, not even an empty output file
                assertThat(files.filter(p -> p.getFileName().toString().startsWith("out-" + b.getKey()))).as(b.getKey()).isEmpty();
            }
        }
    }

    @Test
    void utf16TranscriptFileIsRead() throws Exception {
        Path calls = tmp.resolve("calls.jsonl");
        assertThat(Cli.run("run", "--seed", "2", "--quiet", "-o", calls.toString()).exit()).isZero();
        Path utf16 = tmp.resolve("calls16.jsonl");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readString(calls).getBytes(StandardCharsets.UTF_16LE)));
        Cli r = Cli.run("score", utf16.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(TranscriptReader.readAll(calls).get(0).id());
    }

    @Test
    void aTornLastLineIsNamedByEveryCommandNeverDroppedSilently() throws Exception {
        Path calls = tmp.resolve("torn.jsonl");
        for (int seed = 1; seed <= 2; seed++) {
            assertThat(Cli.run("run", "--seed", String.valueOf(seed), "--quiet", "-o", calls.toString()).exit()).isZero();
        }
        String text = Files.readString(calls);
        Files.writeString(calls, text + text.substring(0, 40)); // a crash mid-append: unterminated last line
        for (String[] cmd : List.of(
                new String[] {"score", calls.toString()},
                new String[] {"export", calls.toString(), "-o", tmp.resolve("t.train.jsonl").toString()},
                new String[] {"report", calls.toString(), "-o", tmp.resolve("t.html").toString()},
                new String[] {"merge", calls.toString(), "-o", tmp.resolve("t.merged.jsonl").toString()})) {
            Cli r = Cli.run(cmd);
            assertThat(r.exit()).as(cmd[0] + ": " + r.err()).isIn(0, 4);
            assertThat(r.out() + r.err()).as(cmd[0]).containsAnyOf(calls + ":5: incomplete last line", "torn");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
