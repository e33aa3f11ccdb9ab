package dev.rolecall.agent.openai;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.AgentException;
import dev.rolecall.agent.CallContext;
import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.Reply;
import dev.rolecall.card.Role;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiAgentTest {
    static final String KEY = "sk-test-THIS-KEY-MUST-NEVER-BE-SHOWN-1234567890";
    FakeOpenAiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    Agent agent(Role role, int maxRetries, Duration timeout) {
        EndpointConfig endpoint = new EndpointConfig(server.baseUrl(), "TEST_KEY", KEY, timeout, maxRetries,
                Duration.ofMillis(20));
        var factory = new OpenAiAgentFactory(endpoint, new LlmSettings("test-model", 0.7, null, 120),
                RateLimiter.UNLIMITED);
        return factory.create(new CallContext(Fixtures.renewal(), Fixtures.prompts(), role, 42, Map.of()));
    }

    Agent agent(Role role) {
        return agent(role, 3, Duration.ofSeconds(5));
    }

    static Turn turn(int i, Role who, String text) {
        return new Turn(i, who, who.id(), text, 0, null, null, null, null, null, List.of());
    }

    @Test
    void replyTextTokensAndSettingsReachTheServer() throws Exception {
        server = FakeOpenAiServer.scripted(reply("您好张强，我是李明。").cached(64));
        Reply r = agent(Role.CALLER).respond(List.of());
        assertThat(r.text()).isEqualTo("您好张强，我是李明。");
        assertThat(r.requests()).isEqualTo(1);
        assertThat(r.promptTokens()).isPositive();
        assertThat(r.completionTokens()).isPositive();
        assertThat(r.cachedTokens()).isEqualTo(64);
        var body = server.requests().get(0).body();
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(body.path("seed").asInt()).isEqualTo(42);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(120);
    }

    @Test
    void eachSideSeesItsOwnLinesAsAssistantAndTheRequestOnlyGrows() throws Exception {
        server = new FakeOpenAiServer(req -> reply("好的。"));
        Agent caller = agent(Role.CALLER);
        caller.respond(List.of());
        List<Turn> history = List.of(turn(0, Role.CALLER, "您好，我是李明。"), turn(1, Role.CALLEE, "说吧。"));
        caller.respond(history);
        var first = server.requests().get(0).messages();
        var second = server.requests().get(1).messages();
        assertThat(first.get(0).path("role").asText()).isEqualTo("system");
        assertThat(first.get(0).path("content").asText()).contains("李明").contains("[END:1]").contains("95折");
        assertThat(first.get(1).path("role").asText()).isEqualTo("user");
        assertThat(second.subList(0, first.size())).isEqualTo(first); // append-only prefix: cacheable
        assertThat(second.get(2).path("role").asText()).isEqualTo("assistant");
        assertThat(second.get(2).path("content").asText()).isEqualTo("您好，我是李明。");
        assertThat(second.get(3).path("role").asText()).isEqualTo("user");

        Agent callee = agent(Role.CALLEE);
        callee.respond(history.subList(0, 1));
        var calleeView = server.requests().get(2).messages();
        assertThat(calleeView).hasSize(2);
        assertThat(calleeView.get(0).path("content").asText()).contains("张强");
        assertThat(calleeView.get(1).path("role").asText()).isEqualTo("user");
        assertThat(calleeView.get(1).path("content").asText()).isEqualTo("您好，我是李明。");
        assertThat(server.requestCount()).isEqualTo(3); // exactly one request per utterance
    }

    @Test
    void rateLimitHonoursRetryAfter() throws Exception {
        server = FakeOpenAiServer.scripted(Response.rateLimited("1"), reply("好"));
        long t0 = System.nanoTime();
        Reply r = agent(Role.CALLER).respond(List.of());
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.text()).isEqualTo("好");
        assertThat(r.requests()).isEqualTo(2);
        assertThat(waited).isGreaterThanOrEqualTo(950);
        var times = server.requests();
        assertThat((times.get(1).receivedNanos() - times.get(0).receivedNanos()) / 1_000_000).isGreaterThanOrEqualTo(950);
    }

    @Test
    void serverErrorsAreRetriedThenReported() {
        server = FakeOpenAiServer.scripted(Response.status(500));
        assertThatThrownBy(() -> agent(Role.CALLER, 2, Duration.ofSeconds(5)).respond(List.of()))
                .isInstanceOfSatisfying(AgentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AgentException.Kind.SERVER);
                    assertThat(e.requests()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith(server.baseUrl()).contains("500").contains("after 3 attempts");
                });
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void unauthorizedIsNotRetriedAndNeverShowsTheKey() {
        server = FakeOpenAiServer.scripted(Response.status(401));
        assertThatThrownBy(() -> agent(Role.CALLER).respond(List.of()))
                .isInstanceOfSatisfying(AgentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AgentException.Kind.AUTH);
                    assertThat(e.kind().fatal()).isTrue();
                    assertThat(e.getMessage()).contains("401").contains("$TEST_KEY").doesNotContain(KEY);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void unknownModelIsNotFound() {
        server = FakeOpenAiServer.scripted(Response.status(404));
        assertThatThrownBy(() -> agent(Role.CALLEE).respond(List.of(turn(0, Role.CALLER, "您好"))))
                .isInstanceOfSatisfying(AgentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AgentException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("test-model");
                });
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void slowServerTimesOut() {
        server = FakeOpenAiServer.scripted(reply("迟到").after(3000));
        assertThatThrownBy(() -> agent(Role.CALLER, 1, Duration.ofMillis(300)).respond(List.of()))
                .isInstanceOfSatisfying(AgentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AgentException.Kind.TIMEOUT);
                    assertThat(e.requests()).isEqualTo(2);
                });
    }

    @Test
    void refusedConnectionIsAConnectionError() throws Exception {
        server = FakeOpenAiServer.scripted(reply("x"));
        String url = server.baseUrl();
        server.close();
        EndpointConfig endpoint = new EndpointConfig(url, "TEST_KEY", KEY, Duration.ofSeconds(2), 1, Duration.ofMillis(10));
        Agent agent = new OpenAiAgentFactory(endpoint, new LlmSettings("m", null, null, null), RateLimiter.UNLIMITED)
                .create(new CallContext(Fixtures.renewal(), Fixtures.prompts(), Role.CALLER, 1, Map.of()));
        assertThatThrownBy(() -> agent.respond(List.of()))
                .isInstanceOfSatisfying(AgentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AgentException.Kind.CONNECTION);
                    assertThat(e.getMessage()).startsWith(url).contains("check --base-url");
                });
        server = null;
    }

    @Test
    void droppedConnectionIsRetried() throws Exception {
        server = FakeOpenAiServer.scripted(Response.drop(), reply("恢复了"));
        Reply r = agent(Role.CALLER).respond(List.of());
        assertThat(r.text()).isEqualTo("恢复了");
        assertThat(r.requests()).isEqualTo(2);
    }

    @Test
    void perCallTemperatureFromTheBatchReachesTheRequest() throws Exception {
        server = FakeOpenAiServer.scripted(reply("好"));
        EndpointConfig endpoint = new EndpointConfig(server.baseUrl(), "TEST_KEY", KEY, Duration.ofSeconds(5), 0, null);
        new OpenAiAgentFactory(endpoint, new LlmSettings("m", 0.2, null, null), RateLimiter.UNLIMITED)
                .create(new CallContext(Fixtures.renewal(), Fixtures.prompts(), Role.CALLER, 9, Map.of("temperature", 1.3)))
                .respond(List.of());
        assertThat(server.requests().get(0).body().path("temperature").asDouble()).isEqualTo(1.3);
    }

    @Test
    void endpointConfigNeverPrintsTheKey() {
        EndpointConfig c = EndpointConfig.fromEnv("http://127.0.0.1:1/v1", "MY_KEY", Map.of("MY_KEY", KEY),
                Duration.ofSeconds(1), 0);
        assertThat(c.hasKey()).isTrue();
        assertThat(c.toString()).doesNotContain(KEY).contains("$MY_KEY");
    }
}
