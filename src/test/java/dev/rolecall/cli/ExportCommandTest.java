package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir static Path tmp;
    static Path calls;

    @BeforeAll
    static void batch() throws Exception {
        calls = tmp.resolve("calls.jsonl");
        assertThat(Cli.run("batch", "-n", "40", "-o", calls.toString()).exit()).isZero();
        // one truncated call, which export must drop
        assertThat(Cli.run("run", "--seed", "999", "--max-turns", "2", "-o", calls.toString()).exit()).isZero();
    }

    static List<JsonNode> lines(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return TranscriptJson.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void openAiRecordsFollowTheFineTuningRules() throws Exception {
        Path out = tmp.resolve("ft.jsonl");
        Cli r = Cli.run("export", calls.toString(), "-o", out.toString(), "--dedupe", "1.0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("dropped 1: ended by max_turns");
        List<JsonNode> records = lines(out);
        JsonNode meta = TranscriptJson.MAPPER.readTree(Files.readString(tmp.resolve("ft.meta.json")));
        int duplicates = meta.path("dropped").path("near duplicate").asInt(0);
        // --dedupe 1.0 drops only calls whose caller side is identical to one kept
        assertThat(records.size()).isEqualTo(40 - duplicates);
        for (JsonNode rec : records) {
            JsonNode msgs = rec.get("messages");
            assertThat(msgs.get(0).get("role").asText()).isEqualTo("system");
            assertThat(msgs.get(0).get("content").asText()).contains("李明");
            assertThat(msgs.get(1).get("role").asText()).isEqualTo("user"); // the caller's first-turn cue
            assertThat(msgs.get(msgs.size() - 1).get("role").asText()).isEqualTo("assistant");
            for (int i = 0; i < msgs.size(); i++) {
                assertThat(msgs.get(i).get("role").asText()).isIn("system", "user", "assistant");
                assertThat(msgs.get(i).get("content").asText()).isNotBlank();
                if (i >= 2) {
                    assertThat(msgs.get(i).get("role").asText()).isNotEqualTo(msgs.get(i - 1).get("role").asText());
                }
            }
        }
        assertThat(meta.get("read").asInt()).isEqualTo(41);
        assertThat(meta.get("kept").asInt()).isEqualTo(records.size());
    }

    @Test
    void calleeSideShareGptWithScoreFilterDedupeAndSplit() throws Exception {
        Path out = tmp.resolve("sg.jsonl");
        Cli r = Cli.run("export", calls.toString(), "-o", out.toString(), "--format", "sharegpt", "--side", "callee",
                "--min-score", "90", "--val-fraction", "0.25");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> train = lines(out);
        List<JsonNode> val = lines(tmp.resolve("sg.val.jsonl"));
        long passing = TranscriptReader.readAll(calls).stream()
                .filter(t -> t.score() != null && t.score().get("overall").asDouble() >= 90 && t.turns().size() > 2).count();
        assertThat(train.size() + val.size()).isLessThanOrEqualTo((int) passing).isPositive();
        assertThat(val).isNotEmpty();
        JsonNode conv = train.get(0).get("conversations");
        assertThat(conv.get(0).get("from").asText()).isEqualTo("system");
        assertThat(conv.get(0).get("value").asText()).contains("张强");
        assertThat(conv.get(1).get("from").asText()).isEqualTo("human"); // the caller's opening
        assertThat(conv.get(conv.size() - 1).get("from").asText()).isEqualTo("gpt");
        // near duplicates: no two kept callee sides are identical
        List<String> sides = train.stream().map(n -> n.get("conversations").toString()).toList();
        assertThat(sides).doesNotHaveDuplicates();
    }

    @Test
    void nearDuplicatesAreDropped() throws Exception {
        Path twice = tmp.resolve("twice.jsonl");
        Files.writeString(twice, Files.readString(calls) + Files.readString(calls));
        Path out = tmp.resolve("d.jsonl");
        Cli r = Cli.run("export", twice.toString(), "-o", out.toString());
        assertThat(r.out()).contains("near duplicate");
        assertThat(lines(out).size()).isLessThanOrEqualTo(40).isPositive();
    }

    @Test
    void tokensAreCountedPerRecordAndInAll() throws Exception {
        Path out = tmp.resolve("tok.jsonl");
        Cli r = Cli.run("export", calls.toString(), "-o", out.toString(), "--dedupe", "1.0");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> records = lines(out);
        JsonNode tokens = TranscriptJson.MAPPER.readTree(Files.readString(tmp.resolve("tok.meta.json"))).path("tokens");
        assertThat(tokens.path("encoding").asText()).isEqualTo("o200k_base");
        assertThat(tokens.path("train")).hasSize(records.size());
        var o200k = com.knuddels.jtokkit.Encodings.newLazyEncodingRegistry()
                .getEncoding(com.knuddels.jtokkit.api.EncodingType.O200K_BASE);
        long sum = 0;
        for (int i = 0; i < records.size(); i++) {
            int expected = 0;
            for (JsonNode m : records.get(i).get("messages")) {
                expected += o200k.countTokensOrdinary(m.get("content").asText());
            }
            assertThat(tokens.path("train").get(i).asInt()).isEqualTo(expected).isPositive();
            sum += expected;
        }
        assertThat(tokens.path("total").asLong()).isEqualTo(sum);
        assertThat(r.out()).contains("tokens (o200k_base): " + sum + " in all");
    }

    @Test
    void dataThatBarelyVariesIsWarnedAbout() throws Exception {
        Path twice = tmp.resolve("twice-warn.jsonl");
        // three copies: with two, a batch of calls that are all distinct (the offline engine's now are) loses exactly
        // half, and the warning is for more than half
        Files.writeString(twice, Files.readString(calls) + Files.readString(calls) + Files.readString(calls));
        Path out = tmp.resolve("w.jsonl");
        Cli r = Cli.run("export", twice.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // every call is there three times, so dedupe drops at least two thirds; one card without personas is one system prompt
        assertThat(r.err()).contains("rolecall: warning: near-duplicate removal dropped")
                .contains("rolecall: warning: " + lines(out).size() + " of " + lines(out).size() + " records share one system prompt");
        JsonNode meta = TranscriptJson.MAPPER.readTree(Files.readString(tmp.resolve("w.meta.json")));
        assertThat(meta.path("warnings")).hasSize(2);
    }

    @Test
    void dedupeOutsideItsRangeIsOneLineAndExit2() {
        for (String bad : List.of("0", "1.5", "-0.2")) {
            Cli r = Cli.run("export", calls.toString(), "-o", tmp.resolve("never.jsonl").toString(), "--dedupe", bad);
            assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("rolecall: --dedupe must be more than 0 and at most 1 (1 = exact duplicates only), got "
                    + Double.parseDouble(bad));
        }
        assertThat(tmp.resolve("never.jsonl")).doesNotExist();
    }
}
