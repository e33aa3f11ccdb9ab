package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.testing.HostileServer;
import dev.rolecall.testing.HostileServer.Action;
import dev.rolecall.testing.HostileServer.Request;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials never leave the process. Three distinctive keys: one in the environment (sent as the
 * Authorization header), one in the base URL's userinfo, one in its {@code ?api-key=} query. The
 * endpoint is hostile: it echoes the Authorization header and the request URL back in replies,
 * in error bodies and in response headers. Every command runs as a real child process
 * (run, batch, score with the LLM judge, report, export, merge; --debug; error exits), with stdout
 * and stderr captured to files in the same folder as everything rolecall writes; then every file in
 * that folder is grepped. Nothing may contain any part of any key ("LEAK" is in all three).
 */
class SecretLeakTest {
    static final String ENV_KEY = "sk-LEAKENV-7c1d9e2f4a6b8c0d";
    static final String USER_KEY = "sk-LEAKUSER-3e5f7a9b1c2d4e6f";
    static final String QUERY_KEY = "sk-LEAKQUERY-0a2b4c6d8e1f3a5b";

    @TempDir Path tmp;

    /** Echoes what it was sent; seed 2 always gets a 500, seed 99 a 401, seed 98 never an answer. */
    static Action hostile(Request req) {
        String echo = " 回显 " + req.header("Authorization") + " " + req.target() + " " + req.headers();
        String echoHeader = "X-Echo: " + req.header("Authorization") + " " + req.target();
        int seed = req.body().path("seed").asInt();
        if (seed == 2) {
            return Action.http(500, "application/json", "{\"error\":{\"message\":\"boom" + echo.replace("\"", "'") + "\"}}", echoHeader);
        }
        if (seed == 99) {
            return Action.http(401, "application/json", "{\"error\":{\"message\":\"bad key" + echo.replace("\"", "'") + "\"}}", echoHeader);
        }
        if (seed == 98) {
            return Action.hang();
        }
        String system = req.body().path("messages").path(0).path("content").asText();
        if (!system.contains("电话拨打方") && !system.contains("电话接听方")) {
            return Action.reply("not json" + echo, echoHeader); // the judge
        }
        if (req.callee()) {
            return Action.reply(req.assistantTurns() >= 1 ? "行，微信发我。" + echo + "[END:2]" : "多少钱？" + echo, echoHeader);
        }
        return Action.reply("您好张强，我是长江云服务续费专员李明，老客户95折。" + echo, echoHeader);
    }

    private int rolecall(String name, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drolecall.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "dev.rolecall.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("streams-" + name + ".out").toFile())
                .redirectError(tmp.resolve("streams-" + name + ".err").toFile());
        pb.environment().remove("ROLECALL_BASE_URL");
        pb.environment().remove("ROLECALL_MODEL");
        pb.environment().put("OPENAI_API_KEY", ENV_KEY);
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(name + " finished").isTrue();
        return p.exitValue();
    }

    private String stderr(String name) throws IOException {
        return Files.readString(tmp.resolve("streams-" + name + ".err"));
    }

    @Test
    void keysInTheUrlTheEnvironmentAndEchoedHeadersAppearInNoFileOrStream() throws Exception {
        try (HostileServer server = new HostileServer(SecretLeakTest::hostile)) {
            String url = "http://bob:" + USER_KEY + "@127.0.0.1:" + server.port() + "/v1?api-version=2024-06-01&api-key="
                    + QUERY_KEY;
            String shown = "http://***@127.0.0.1:" + server.port() + "/v1?api-version=2024-06-01&api-key=***";
            Map<String, String> none = Map.of();
            // scoring is left to the score command below (each scoring JVM loads the embedding model)
            String[] llm = {"--base-url", url, "--model", "m", "--timeout", "1", "--max-retries", "1", "--debug", "--no-score"};

            // run: a whole call whose every reply echoes the key, the URL and all request headers
            assertThat(rolecall("run", none, concat(new String[] {"run", "--seed", "5", "-o", "run.jsonl"}, llm)))
                    .as(stderr("run")).isZero();
            assertThat(stderr("run")).contains("openai(m @ " + shown + ")").contains("user:password@ part of --base-url");
            Transcript t = TranscriptReader.readAll(tmp.resolve("run.jsonl")).get(0);
            assertThat(t.models().get("caller").baseUrl()).isEqualTo(shown);
            assertThat(t.turns().get(0).text()).contains("Bearer *"); // the key masked as ***, which the reply cleaner reads as markdown

            // the same URL from $ROLECALL_BASE_URL instead of the flag
            assertThat(rolecall("run-env", Map.of("ROLECALL_BASE_URL", url), "run", "--seed", "6", "--model", "m",
                    "--no-score", "-o", "run-env.jsonl")).as(stderr("run-env")).isZero();

            // batch: seed 2 fails with 500s whose body echoes the key → exit 4 and the command that finishes the job
            assertThat(rolecall("batch", none, concat(new String[] {"batch", "-n", "3", "-c", "2", "-o", "batch.jsonl",
                    "--no-progress-bar"}, llm))).as(stderr("batch")).isEqualTo(ExitCodes.INCOMPLETE);
            assertThat(stderr("batch")).contains("--retry-failed").contains("http://***@127.0.0.1").contains("api-key=***");

            // 401 whose body echoes the key; a request that never gets an answer
            assertThat(rolecall("auth", none, concat(new String[] {"run", "--seed", "99", "-o", "auth.jsonl"}, llm)))
                    .isEqualTo(ExitCodes.ENDPOINT);
            assertThat(stderr("auth")).contains(shown + ": 401");
            assertThat(rolecall("hang", none, concat(new String[] {"run", "--seed", "98", "-o", "hang.jsonl"}, llm)))
                    .isEqualTo(ExitCodes.ENDPOINT);

            // errors that reach the top with --debug: a stack trace whose messages hold the URL
            assertThat(rolecall("bad-scheme", none, "run", "--base-url", "ftp://bob:" + USER_KEY + "@h/v1?key=" + QUERY_KEY,
                    "--model", "m", "--debug")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(stderr("bad-scheme")).contains("\tat ").contains("ftp://***@h/v1?key=***");

            // everything downstream of the transcripts
            assertThat(rolecall("score", none, "score", "run.jsonl", "batch.jsonl", "--json", "-o", "scored.jsonl", "--judge",
                    "--judge-model", "m", "--base-url", url, "--max-retries", "0", "--debug")).as(stderr("score")).isIn(0, 4);
            assertThat(rolecall("report", none, "report", "run.jsonl", "batch.jsonl", "-o", "report.html", "--debug"))
                    .as(stderr("report")).isZero();
            assertThat(rolecall("export", none, "export", "run.jsonl", "batch.jsonl", "run-env.jsonl", "-o", "train.jsonl",
                    "--debug")).as(stderr("export")).isZero();
            assertThat(rolecall("merge", none, "merge", "run.jsonl", "batch.jsonl", "-o", "merged.jsonl", "--debug"))
                    .as(stderr("merge")).isIn(0, 4);
        }

        // what the endpoint received: the env key as the bearer token, the query credential (Azure style) on
        // every request; the userinfo is never sent (the JDK client drops it; rolecall says so on stderr)
        // (checked on a fresh server so the echo above cannot be mistaken for it)
        try (HostileServer probe = new HostileServer(req -> Action.reply(req.callee() ? "好。[END:1]" : "您好。"))) {
            String url = "http://bob:" + USER_KEY + "@127.0.0.1:" + probe.port() + "/v1?api-key=" + QUERY_KEY;
            assertThat(rolecall("probe", Map.of(), "run", "--base-url", url, "--model", "m", "--no-score", "-o", "probe.jsonl"))
                    .as(stderr("probe")).isZero();
            Request first = probe.requests().get(0);
            assertThat(first.target()).isEqualTo("/v1/chat/completions?api-key=" + QUERY_KEY);
            assertThat(first.header("Authorization")).isEqualTo("Bearer " + ENV_KEY);
        }

        List<Path> files;
        try (Stream<Path> all = Files.walk(tmp)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files.stream().map(f -> f.getFileName().toString())).contains("run.jsonl", "batch.jsonl", "scored.jsonl",
                "report.html", "train.jsonl", "train.meta.json", "merged.jsonl", "streams-run.err", "streams-batch.err",
                "streams-score.out", "auth.jsonl", "hang.jsonl");
        assertThat(files.stream().filter(f -> f.toString().endsWith(".txt"))).hasSizeGreaterThanOrEqualTo(4);
        Map<Path, String> leaks = new HashMap<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String needle : List.of("LEAK", "7c1d9e2f4a6b8c0d", "3e5f7a9b1c2d4e6f", "0a2b4c6d8e1f3a5b")) {
                int at = text.indexOf(needle);
                if (at >= 0) {
                    leaks.put(f, text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40)));
                }
            }
        }
        assertThat(leaks).as("files holding a key").isEmpty();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
