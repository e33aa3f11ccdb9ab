package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import dev.rolecall.testing.FakeOpenAiServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rolecall.yaml mistakes are one line each, file:line first, and a key written into it is refused without being echoed. */
class ConfigCheckTest {
    @TempDir Path project;

    @Test
    void configCheckNamesFileLineAndNeverEchoesAKey() throws Exception {
        Path yaml = project.resolve("rolecall.yaml");
        Files.writeString(yaml, """
                endpoints:
                  local:
                    base_url: localhost:8000
                    api_key: sk-live-123456
                    model: m
                    rpm: fast
                matrix:
                  endpoints: [local, cloud]
                """);
        Cli r = Cli.run(Map.of(), "config", "check", "--config", yaml.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(yaml + ":3: endpoints.local.base_url must start with http:// or https://")
                .contains(yaml + ":4: endpoints.local.api_key: a key is never written in the project file")
                .contains(yaml + ":6: endpoints.local.rpm must be a number")
                .contains(yaml + ":8: matrix.endpoints names 'cloud'")
                .doesNotContain("sk-live-123456");
        assertThat(r.out()).doesNotContain("sk-live-123456");

        // any other command stops on the first problem with one line, and says where to see the rest
        Cli run = Cli.run(Map.of(), "run", "--config", yaml.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("rolecall: " + yaml + ":3:").contains("rolecall config check")
                .doesNotContain("sk-live").doesNotContain("\tat ");
    }

    @Test
    void theExampleProjectFileChecksClean() {
        Cli r = Cli.run(Map.of("OPENAI_API_KEY", "x"), "config", "check", "--config", "rolecall.example.yaml");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("rolecall.example.yaml: ok (2 endpoints, 2 cards, 1 variants")
                .contains("note: $LOCAL_API_KEY (key of endpoint local) is not set");
    }

    @Test
    void flagsAndEnvironmentBeatTheProjectFileWhichBeatsBuiltInDefaults() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(req -> FakeOpenAiServer.Response.reply("好的，再见。[END:1]"))) {
            Path yaml = project.resolve("rolecall.yaml");
            Files.writeString(yaml, """
                    endpoints:
                      local:
                        base_url: %s
                        model: from-file
                    default_endpoint: local
                    """.formatted(server.baseUrl()));
            String out = project.resolve("calls.jsonl").toString();
            assertThat(model(server, Map.of(), "run", "--config", yaml.toString(), "-o", out)).isEqualTo("from-file");
            assertThat(model(server, Map.of("ROLECALL_MODEL", "from-env"), "run", "--config", yaml.toString(), "-o", out))
                    .isEqualTo("from-env");
            assertThat(model(server, Map.of("ROLECALL_MODEL", "from-env"), "run", "--config", yaml.toString(), "-o", out,
                    "--model", "from-flag")).isEqualTo("from-flag");
        }
    }

    /** The model the last call asked the endpoint for. */
    private static String model(FakeOpenAiServer server, Map<String, String> env, String... args) {
        Cli r = Cli.run(env, args);
        assertThat(r.exit()).as(r.err()).isZero();
        return server.requests().get(server.requests().size() - 1).model();
    }
}
