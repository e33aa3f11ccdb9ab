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
    void identicalVariantsShowNoDifference() throws Exception {
        JsonNode root = compare(variant("a2", null), variant("same", null), "--fail-if-worse");
        JsonNode overall = item(root, "overall");
        assertThat(overall.get("verdict").asText()).isEqualTo("NO_DIFFERENCE");
        assertThat(overall.get("ties").asInt()).isEqualTo(20);
        assertThat(root.get("exit").asInt()).isZero();
    }
}
