package dev.rolecall.cli;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.transcript.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted "LLM" that follows its prompt literally: as the caller it says, turn by turn, one
 * quoted line of each step listed in its system prompt (the line chosen by the request seed), then
 * a closing; as the callee it acknowledges. So a prompt that drops a step yields calls without it.
 */
class CompareCommandTest {
    @TempDir static Path tmp;
    static FakeOpenAiServer server;
    static final Pattern STEP = Pattern.compile("(?m)^\\d+\\. .*\\n((?:\\s+- “.*”\\n?)+)");
    static final Pattern LINE = Pattern.compile("“(.*)”");

    @BeforeAll
    static void start() {
        server = new FakeOpenAiServer(req -> {
            String system = req.messages().get(0).path("content").asText();
            long mine = req.messages().stream().filter(m -> m.path("role").asText().equals("assistant")).count();
            if (system.contains("电话接听方")) {
                return reply("嗯，第" + (mine + 1) + "点我知道了，继续。");
            }
            List<List<String>> steps = new ArrayList<>();
            Matcher m = STEP.matcher(system);
            while (m.find()) {
                List<String> lines = new ArrayList<>();
                Matcher l = LINE.matcher(m.group(1));
                while (l.find()) {
                    lines.add(l.group(1));
                }
                steps.add(lines);
            }
            int seed = req.body().path("seed").asInt();
            if (mine < steps.size()) {
                List<String> lines = steps.get((int) mine);
                return reply(lines.get(Math.floorMod(seed + (int) mine, lines.size())));
            }
            return reply("感谢您的高效反馈，全部细节我会短信/邮箱一次性发您，有疑问随时微信或电话联系我，第一时间响应。[END:1]");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A copy of the bundled prompts; with {@code dropStep}, the caller template lists the steps itself, minus that one. */
    static Path variant(String name, Integer dropStep) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of("caller.md", "callee.md", "first-turn.md", "weights.json")) {
            Files.copy(Path.of("prompts", f), dir.resolve(f));
        }
        if (dropStep != null) {
            var card = dev.rolecall.testing.Fixtures.renewal();
            StringBuilder steps = new StringBuilder();
            for (var s : card.caller().steps()) {
                if (s.number() != dropStep) {
                    steps.append(s.number()).append(". ").append(s.title()).append('\n');
                    s.lines().forEach(l -> steps.append("   - “").append(l).append("”\n"));
                }
            }
            Path caller = dir.resolve("caller.md");
            Files.writeString(caller, Files.readString(caller).replace("{{steps}}", steps.toString().strip()));
        }
        return dir;
    }

    static JsonNode compare(Path a, Path b, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", "--prompts-a", a.toString(), "--prompts-b", b.toString(),
                "--caller-engine", "openai", "--callee-engine", "openai", "--base-url", server.baseUrl(), "--model", "fake",
                "-n", "20", "--out-dir", tmp.resolve("out-" + b.getFileName()).toString(), "--json"));
        args.addAll(List.of(extra));
        Cli r = Cli.run(Map.of(), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        JsonNode root = TranscriptJson.MAPPER.readTree(r.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root).put("exit", r.exit());
        return root;
    }

    static JsonNode item(JsonNode root, String name) {
        for (JsonNode i : root.get("items")) {
            if (i.get("item").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no item " + name + " in " + root);
    }

    @Test
    void aVariantThatDropsAStepIsWorseWithAnIntervalExcludingZero() throws Exception {
        JsonNode root = compare(variant("a", null), variant("b-no-step3", 3), "--fail-if-worse");
        JsonNode steps = item(root, "steps");
        assertThat(steps.get("n").asInt()).isEqualTo(20);
        assertThat(steps.get("verdict").asText()).isEqualTo("B_WORSE");
        assertThat(steps.get("ciHigh").asDouble()).isLessThan(0);
        assertThat(steps.get("losses").asInt()).isGreaterThan(15);
        assertThat(item(root, "overall").get("verdict").asText()).isEqualTo("B_WORSE");
        assertThat(root.get("exit").asInt()).isEqualTo(1); // --fail-if-worse gates the change
    }

    @Test
    void variantsThatRenderTheSamePromptAreRefused() throws Exception {
        Cli r = Cli.run(Map.of(), "compare", "--prompts-a", variant("a2", null).toString(), "--prompts-b",
                variant("same", null).toString(), "--caller-engine", "openai", "--base-url", server.baseUrl(),
                "--model", "fake", "-n", "5", "--out-dir", tmp.resolve("out-same").toString(), "--fail-if-worse");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("exactly the same calls");
    }

    @Test
    void offlineOnBothSidesCannotComparePrompts() throws Exception {
        Cli r = Cli.run(Map.of(), "compare", "--prompts-a", variant("a3", null).toString(), "--prompts-b",
                variant("b3", 2).toString(), "-n", "5", "--out-dir", tmp.resolve("out-off").toString(), "--fail-if-worse");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("offline engine, which reads no prompt template");
        assertThat(r.out()).doesNotContain("no significant difference");
    }

    @Test
    void aCosmeticEditShowsNoDifference() throws Exception {
        Path b = variant("cosmetic", null);
        Files.writeString(b.resolve("caller.md"), Files.readString(b.resolve("caller.md")) + "\n<!-- wording only -->\n");
        JsonNode root = compare(variant("a4", null), b, "--fail-if-worse");
        JsonNode overall = item(root, "overall");
        assertThat(overall.get("verdict").asText()).isEqualTo("NO_DIFFERENCE");
        assertThat(overall.get("ties").asInt()).isEqualTo(20);
        assertThat(root.get("exit").asInt()).isZero();
    }

    @Test
    void editingBsPromptOrTheModelMakesNewCallsAndReusesOnlyWhatIsUnchanged() throws Exception {
        Path a = variant("a5", null);
        Path b = variant("b5", 3);
        String outDir = tmp.resolve("out-edit").toString();
        Cli first = Cli.run(Map.of(), compareArgs(a, b, outDir, "fake"));
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        int before = server.requestCount();

        // B's author fixes the prompt: B is remade, A is reused, and the gate goes green
        Files.copy(a.resolve("caller.md"), b.resolve("caller.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(b.resolve("caller.md"), Files.readString(b.resolve("caller.md")) + "\n<!-- fixed -->\n");
        Cli fixed = Cli.run(Map.of(), compareArgs(a, b, outDir, "fake"));
        assertThat(fixed.exit()).as(fixed.err()).isZero();
        assertThat(fixed.err()).contains("A: 20 calls reused").contains("B: 0 calls reused");
        assertThat(server.requestCount()).isGreaterThan(before);

        // the same command again makes no call at all
        int settled = server.requestCount();
        Cli again = Cli.run(Map.of(), compareArgs(a, b, outDir, "fake"));
        assertThat(again.exit()).isZero();
        assertThat(server.requestCount()).isEqualTo(settled);

        // another model: nothing is reused
        Cli model = Cli.run(Map.of(), compareArgs(a, b, outDir, "fake-2"));
        assertThat(model.err()).contains("A: 0 calls reused").contains("B: 0 calls reused");
    }

    static String[] compareArgs(Path a, Path b, String outDir, String model) {
        return new String[] {"compare", "--prompts-a", a.toString(), "--prompts-b", b.toString(), "--caller-engine",
                "openai", "--callee-engine", "openai", "--base-url", server.baseUrl(), "--model", model, "-n", "20",
                "--out-dir", outDir, "--fail-if-worse"};
    }

    @Test
    void filesOfDifferentCardsOrCalleesAreNotComparable() throws Exception {
        Path renewal = tmp.resolve("renewal.jsonl");
        Path delivery = tmp.resolve("delivery.jsonl");
        Path llmCallee = tmp.resolve("llm-callee.jsonl");
        assertThat(Cli.run("batch", "-n", "4", "--no-progress-bar", "-o", renewal.toString()).exit()).isZero();
        assertThat(Cli.run("batch", "-n", "4", "--no-progress-bar", "--card", "prompts/cards/delivery.md",
                "-o", delivery.toString()).exit()).isZero();
        assertThat(Cli.run("batch", "-n", "4", "--no-progress-bar", "--callee-engine", "openai", "--base-url",
                server.baseUrl(), "--model", "fake", "-o", llmCallee.toString()).exit()).isZero();

        Cli cards = Cli.run("compare", renewal.toString(), delivery.toString());
        assertThat(cards.exit()).isEqualTo(2);
        assertThat(cards.err()).contains("not comparable").contains("different cards");
        assertThat(cards.out()).doesNotContain("B better");
        Cli callees = Cli.run("compare", renewal.toString(), llmCallee.toString());
        assertThat(callees.exit()).isEqualTo(2);
        assertThat(callees.err()).contains("different customers");
    }

    @Test
    void aTornLastLineIsNamedNotDroppedSilently() throws Exception {
        Path a = tmp.resolve("torn-a.jsonl");
        assertThat(Cli.run("batch", "-n", "3", "--no-progress-bar", "-o", a.toString()).exit()).isZero();
        Path b = Files.copy(a, tmp.resolve("torn-b.jsonl"));
        Files.writeString(b, Files.readString(b) + "{\"id\":\"cut-off", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Cli r = Cli.run("compare", a.toString(), b.toString());
        assertThat(r.err()).contains("torn-b.jsonl:4").contains("left out of the comparison");
    }
}
