package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's "done when": a project with a rolecall.yaml of two endpoints and two cards runs one
 * compare over the matrix (2 cards x 2 endpoints, variant A vs B), every call tagged with its cell.
 * The endpoints are two fake OpenAI-compatible servers on 127.0.0.1; no test touches the network.
 */
class ProjectMatrixTest {
    @TempDir Path project;

    /** A literal "LLM": as the caller it opens with the card's opening line and closes; as the callee it agrees. */
    static FakeOpenAiServer.Response answer(FakeOpenAiServer.Request req) {
        String system = req.messages().get(0).path("content").asText();
        long mine = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
        if (system.contains("电话接听方")) {
            return reply("嗯，好的，你说。");
        }
        Matcher quoted = Pattern.compile("“(.*?)”").matcher(system);
        String line = quoted.find() ? quoted.group(1) : "您好。";
        return mine == 0 ? reply(line) : reply("好的，稍后短信发您，再见。[END:1]");
    }

    @Test
    void oneCompareRunsEveryCardAgainstEveryEndpoint() throws Exception {
        try (FakeOpenAiServer fast = new FakeOpenAiServer(ProjectMatrixTest::answer);
             FakeOpenAiServer big = new FakeOpenAiServer(ProjectMatrixTest::answer)) {
            Path a = copyPrompts("prompts-a");
            Path b = copyPrompts("prompts-b");
            Files.writeString(b.resolve("caller.md"), Files.readString(b.resolve("caller.md")) + "\n说话再简短一点。\n");
            Files.createDirectories(project.resolve("cards"));
            Files.copy(Path.of("prompts/cards/renewal.md"), project.resolve("cards/renewal.md"));
            Files.copy(Path.of("prompts/cards/installment.md"), project.resolve("cards/installment.md"));
            Path yaml = project.resolve("rolecall.yaml");
            Files.writeString(yaml, """
                    output: runs
                    endpoints:
                      fast:
                        base_url: %s
                        key_env: FAST_KEY
                        model: fast-1
                        rpm: 6000
                      big:
                        base_url: %s
                        key_env: BIG_KEY
                        model: big-2
                    cards: [cards/renewal.md, cards/installment.md]
                    variants:
                      baseline: prompts-a
                      shorter: prompts-b
                    matrix:
                      endpoints: [fast, big]
                      variants: [baseline, shorter]
                    """.formatted(fast.baseUrl(), big.baseUrl()));

            Cli r = Cli.run(Map.of("FAST_KEY", "k-fast", "BIG_KEY", "k-big"), "compare", "--config", yaml.toString(),
                    "-n", "3", "-c", "2", "--max-turns", "8");

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("A: baseline", "B: shorter", "all 4 cells, pooled:")
                    .contains("renewal.md x fast x fast-1", "installment.md x big x big-2");
            // each endpoint was asked, with its own model, for 2 cards x 2 variants x 3 seeds
            assertThat(fast.requests()).isNotEmpty().allSatisfy(q -> assertThat(q.model()).isEqualTo("fast-1"));
            assertThat(big.requests()).isNotEmpty().allSatisfy(q -> assertThat(q.model()).isEqualTo("big-2"));

            List<Transcript> calls = new ArrayList<>();
            try (Stream<Path> files = Files.list(project.resolve("runs/compare"))) {
                files.forEach(f -> calls.addAll(TranscriptReader.readAll(f)));
            }
            assertThat(calls).hasSize(2 * 2 * 2 * 3);
            Set<String> cells = new HashSet<>();
            for (Transcript t : calls) {
                assertThat(t.tags()).containsKeys("card", "variant", "model", "endpoint");
                cells.add(t.tags().get("card") + "/" + t.tags().get("variant") + "/" + t.tags().get("model"));
            }
            assertThat(cells).hasSize(8).contains("renewal.md/baseline/fast-1", "installment.md/shorter/big-2");
        }
    }

    @Test
    void oneBatchWritesEveryCellToItsOwnTaggedFile() throws Exception {
        try (FakeOpenAiServer fast = new FakeOpenAiServer(ProjectMatrixTest::answer);
             FakeOpenAiServer big = new FakeOpenAiServer(ProjectMatrixTest::answer)) {
            copyPrompts("prompts-a");
            Path b = copyPrompts("prompts-b");
            Files.writeString(b.resolve("caller.md"), Files.readString(b.resolve("caller.md")) + "\n说话再简短一点。\n");
            Files.createDirectories(project.resolve("cards"));
            Files.copy(Path.of("prompts/cards/renewal.md"), project.resolve("cards/renewal.md"));
            Files.copy(Path.of("prompts/cards/clinic.md"), project.resolve("cards/clinic.md"));
            Path yaml = project.resolve("rolecall.yaml");
            Files.writeString(yaml, """
                    endpoints:
                      fast:
                        base_url: %s
                        model: fast-1
                      big:
                        base_url: %s
                        model: big-2
                    cards: [cards/renewal.md, cards/clinic.md]
                    variants: {baseline: prompts-a, shorter: prompts-b}
                    matrix: {endpoints: [fast, big], variants: [baseline, shorter]}
                    """.formatted(fast.baseUrl(), big.baseUrl()));
            Path dir = project.resolve("runs");

            Cli r = Cli.run(Map.of(), "batch", "--config", yaml.toString(), "--matrix", "-n", "2", "-c", "2",
                    "--max-turns", "8", "--no-score", "-o", dir.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
            }
            assertThat(files).hasSize(8).extracting(f -> f.getFileName().toString())
                    .contains("renewal--baseline--fast.jsonl", "clinic--shorter--big.jsonl");
            for (Path f : files) {
                List<Transcript> calls = TranscriptReader.readAll(f);
                assertThat(calls).hasSize(2);
                String[] cell = f.getFileName().toString().replace(".jsonl", "").split("--");
                assertThat(calls).allSatisfy(t -> {
                    assertThat(t.tags().get("card")).isEqualTo(cell[0] + ".md");
                    assertThat(t.tags().get("variant")).isEqualTo(cell[1]);
                    assertThat(t.tags().get("endpoint")).isEqualTo(cell[2]);
                });
            }
            // re-running the same command resumes every cell: nothing new is asked
            int asked = fast.requestCount() + big.requestCount();
            assertThat(Cli.run(Map.of(), "batch", "--config", yaml.toString(), "--matrix", "-n", "2", "--max-turns", "8",
                    "--no-score", "-o", dir.toString()).exit()).isZero();
            assertThat(fast.requestCount() + big.requestCount()).isEqualTo(asked);
        }
    }

    /** A copy of the bundled prompts inside the project folder (paths in rolecall.yaml are relative to it). */
    private Path copyPrompts(String name) throws Exception {
        Path dir = Files.createDirectories(project.resolve(name));
        for (String f : List.of("caller.md", "callee.md", "first-turn.md", "weights.json")) {
            Files.copy(Path.of("prompts", f), dir.resolve(f));
        }
        return dir;
    }
}
