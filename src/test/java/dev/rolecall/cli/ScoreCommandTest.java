package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    @TempDir Path tmp;

    @Test
    void scoresPlainTextAndJsonlAlikeAndWritesScoredCopies() throws Exception {
        Path log = Path.of("src/test/resources/transcripts/renewal-invented.txt");
        Path scored = tmp.resolve("scored.jsonl");
        Cli r = Cli.run("score", log.toString(), "-o", scored.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CRITICAL turn 4: invented discount: said 9折, card 95折").contains("mean of 1 calls");
        Transcript t = TranscriptReader.readAll(scored).get(0);
        double overall = t.score().get("overall").asDouble();

        Path copy = Files.copy(scored, tmp.resolve("again.jsonl"));
        Cli again = Cli.run("score", copy.toString(), "--in-place", "--json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("\"overall\":" + overall);
        assertThat(TranscriptReader.readAll(copy).get(0).score().get("overall").asDouble()).isEqualTo(overall);
    }

    @Test
    void runScoresUnlessToldNot() {
        Path out = tmp.resolve("c.jsonl");
        assertThat(Cli.run("run", "--seed", "2", "-o", out.toString()).exit()).isZero();
        assertThat(Cli.run("run", "--seed", "3", "--no-score", "-o", out.toString()).exit()).isZero();
        var all = TranscriptReader.readAll(out);
        assertThat(all.get(0).score().get("items").has("steps")).isTrue();
        assertThat(all.get(1).score()).isNull();
    }

    @Test
    void aCallWhoseRecordedCardIsGoneIsAnErrorNotScoredAgainstTheBundledCard() throws Exception {
        Path out = tmp.resolve("c.jsonl");
        assertThat(Cli.run("run", "--card", "prompts/cards/clinic.md", "--seed", "2", "--no-score", "-o", out.toString()).exit()).isZero();
        String line = Files.readString(out);
        // recorded relative to where the call was run: found again under rolecall's home, from any folder
        Path home = Files.createDirectories(tmp.resolve("home/cards"));
        Files.copy(Path.of("prompts/cards/clinic.md"), home.resolve("clinic.md"));
        Path moved = Files.writeString(tmp.resolve("moved.jsonl"), line.replace("prompts/cards/clinic.md", "cards/clinic.md"));
        String before = System.getProperty("rolecall.home");
        System.setProperty("rolecall.home", tmp.resolve("home").toString());
        try {
            Cli found = Cli.run("score", moved.toString(), "--json");
            assertThat(found.exit()).as(found.err()).isZero();
            assertThat(found.out()).doesNotContain("13812345678"); // renewal's number: scored against the clinic card
        } finally {
            if (before == null) {
                System.clearProperty("rolecall.home");
            } else {
                System.setProperty("rolecall.home", before);
            }
        }
        Path gone = Files.writeString(tmp.resolve("gone.jsonl"), line.replace("prompts/cards/clinic.md", "nowhere/clinic.md"));
        Cli r = Cli.run("score", gone.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("was made with the card nowhere/clinic.md").contains("--card FILE").doesNotContain("Exception");
        Cli named = Cli.run("score", gone.toString(), "--card", "prompts/cards/clinic.md", "--json");
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(named.out()).isEqualTo(Cli.run("score", out.toString(), "--json").out());
    }

    @Test
    void theReadableCopyOfACallIsScoredAgainstTheCardItsHeaderNames() throws Exception {
        Path out = tmp.resolve("c.jsonl");
        assertThat(Cli.run("run", "--card", "prompts/cards/english-support.md", "--seed", "314", "-o", out.toString()).exit()).isZero();
        Path readable;
        try (var files = Files.list(tmp)) {
            readable = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(readable)).contains("# card prompts/cards/english-support.md");
        // it had been scored against the bundled renewal card: 0.0, "$300 … card nothing of this kind" (the review's B1)
        Cli r = Cli.run("score", "--json", readable.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        double fromJsonl = TranscriptReader.readAll(out).get(0).score().get("overall").asDouble();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow())
                .get("score").get("overall").asDouble()).isEqualTo(fromJsonl);
        // a log beside its card names it by file name; a card not found is an error, not the bundled card
        Files.copy(Path.of("prompts/cards/english-support.md"), tmp.resolve("support.md"));
        Path log = Files.writeString(tmp.resolve("log.txt"), Files.readString(readable).replace("prompts/cards/english-support.md", "support.md"));
        assertThat(Cli.run("score", "--json", log.toString()).out()).contains("\"overall\":" + fromJsonl);
        Path gone = Files.writeString(tmp.resolve("gone.txt"), "# card: nope.md\n" + Files.readString(readable).lines().skip(2)
                .collect(java.util.stream.Collectors.joining("\n")));
        Cli missing = Cli.run("score", gone.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.md").contains("--card").doesNotContain("Exception");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void explainShowsEachItemsCostReasonAndEvidenceWords() {
        Path call = Path.of("src/test/resources/labelled/calls/delivery-07.txt");
        Cli r = Cli.run("score", "--explain", "--card", "prompts/cards/delivery.md", "--speakers", "王芳=caller,刘洋=callee",
                call.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // delivery-07 skips step 5: one of five steps costs a fifth of the steps' 50 points, with the reason and turns
        assertThat(r.out()).containsPattern("steps\\s+0\\.80\\s+-10\\.0\\s+4/5 steps covered; missed step 5");
        assertThat(r.out()).contains("turn 0 caller: \"").contains("5 ").contains("missed");
        assertThat(r.out().lines().filter(l -> l.contains("CRITICAL"))).isEmpty();
    }

    @Test
    void speakersMapAndBadLines() throws Exception {
        Path log = Files.writeString(tmp.resolve("log.txt"), "客户：喂？\n坐席：您好张强，我是长江云服务的李明。\n");
        Cli r = Cli.run("score", log.toString(), "--speakers", "坐席=caller,客户=callee", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        // a line without a speaker continues the turn before it; before any turn it is an error
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "这一行没有说话人\n坐席：您好\n");
        Cli b = Cli.run("score", bad.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("bad.txt:1: expected 'speaker: text'");
    }
}
