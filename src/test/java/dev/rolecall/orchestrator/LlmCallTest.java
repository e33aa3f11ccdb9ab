package dev.rolecall.orchestrator;

import static dev.rolecall.testing.FakeOpenAiServer.Response.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.agent.RateLimiter;
import dev.rolecall.agent.openai.EndpointConfig;
import dev.rolecall.agent.openai.LlmSettings;
import dev.rolecall.agent.openai.OpenAiAgentFactory;
import dev.rolecall.card.Role;
import dev.rolecall.testing.FakeOpenAiServer;
import dev.rolecall.testing.FakeOpenAiServer.Response;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import dev.rolecall.transcript.Turn;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole calls of the bundled card through the real langchain4j client against a scripted server. */
class LlmCallTest {
    static final String KEY = "sk-llmcalltest-secret-0123456789abcdef";
    FakeOpenAiServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    /** Caller replies come from one queue, callee replies from another (told apart by the system prompt). */
    Transcript call(List<Response> caller, List<Response> callee, int maxTurns, Duration timeout) {
        Deque<Response> a = new ArrayDeque<>(caller);
        Deque<Response> b = new ArrayDeque<>(callee);
        server = new FakeOpenAiServer(req -> {
            boolean isCaller = req.messages().get(0).path("content").asText().contains("电话拨打方");
            Deque<Response> q = isCaller ? a : b;
            return q.size() > 1 ? q.poll() : q.peek();
        });
        EndpointConfig endpoint = new EndpointConfig(server.baseUrl(), "TEST_KEY", KEY, timeout, 1, Duration.ofMillis(10));
        var f = new OpenAiAgentFactory(endpoint, new LlmSettings("m", null, null, null), RateLimiter.UNLIMITED);
        return new Orchestrator().run(new CallSpec(null, Fixtures.renewal(), Fixtures.prompts(), f, f, 5, maxTurns, null),
                TurnListener.NONE);
    }

    Transcript call(List<Response> caller, List<Response> callee) {
        return call(caller, callee, 30, Duration.ofSeconds(5));
    }

    @Test
    void calleeEndsWithItsCondition() {
        Transcript t = call(List.of(reply("您好张强，我是长江云服务的李明，关于续费。"), reply("老客户享受95折。")),
                List.of(reply("折扣多少？"), reply("行，资料微信发我，别再打电话了。[END:2]")));
        assertThat(t.turns()).extracting(Turn::text).containsExactly("您好张强，我是长江云服务的李明，关于续费。",
                "折扣多少？", "老客户享受95折。", "行，资料微信发我，别再打电话了。");
        assertThat(t.turns()).extracting(Turn::name).containsExactly("李明", "张强", "李明", "张强");
        assertThat(t.end()).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(EndReason.END_CONDITION);
            assertThat(e.by()).isEqualTo(Role.CALLEE);
            assertThat(e.condition()).isEqualTo(2);
            assertThat(e.conditionText()).startsWith("张强明示需微信或邮箱补发所有明细");
        });
        assertThat(t.totals().llmRequests()).isEqualTo(4);
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(t.totals().promptTokens()).isPositive();
        assertThat(t.engine()).containsEntry("caller", "openai");
        assertThat(TranscriptJson.toLine(t)).doesNotContain(KEY);
    }

    @Test
    void callerEndsWithItsCondition() {
        Transcript t = call(List.of(reply("您好，我是李明。"), reply("好的，资料稍后短信发您，再见。[END:2]")),
                List.of(reply("我再想想，发短信给我吧。")));
        assertThat(t.end().by()).isEqualTo(Role.CALLER);
        assertThat(t.end().condition()).isEqualTo(2);
        assertThat(t.end().conditionText()).startsWith("客户暂时不续费或需内部决策");
        assertThat(t.turns().get(2).endMarker()).isEqualTo(2);
    }

    @Test
    void maxTurnsCutsAnEndlessCall() {
        int[] n = {0};
        server = new FakeOpenAiServer(req -> reply("第" + (++n[0]) + "句"));
        EndpointConfig endpoint = new EndpointConfig(server.baseUrl(), "TEST_KEY", KEY, Duration.ofSeconds(5), 0, null);
        var f = new OpenAiAgentFactory(endpoint, new LlmSettings("m", null, null, null), RateLimiter.UNLIMITED);
        Transcript cut = new Orchestrator().run(new CallSpec(null, Fixtures.renewal(), Fixtures.prompts(), f, f, 1, 6, null),
                TurnListener.NONE);
        assertThat(cut.turns()).extracting(Turn::text).containsExactly("第1句", "第2句", "第3句", "第4句", "第5句", "第6句");
        assertThat(cut.end().reason()).isEqualTo(EndReason.MAX_TURNS);
        assertThat(cut.end().by()).isNull();
    }

    @Test
    void repeatedUtteranceIsALoop() {
        Transcript t = call(List.of(reply("您好。"), reply("请问方便吗？"), reply("请问方便吗？")),
                List.of(reply("谁？"), reply("说。")));
        assertThat(t.end().reason()).isEqualTo(EndReason.LOOP);
        assertThat(t.end().by()).isEqualTo(Role.CALLER);
        assertThat(t.turns()).hasSize(5);
    }

    @Test
    void speakerLabelIsDroppedAndFlagged() {
        Transcript t = call(List.of(reply("李明：您好张强。"), reply("再见。[END:3]")), List.of(reply("张强：忙着呢。")));
        assertThat(t.turns().get(0).text()).isEqualTo("您好张强。");
        assertThat(t.turns().get(0).flags()).contains("speaker_label");
        assertThat(t.turns().get(1).text()).isEqualTo("忙着呢。");
    }

    @Test
    void replySpeakingForBothSidesIsCut() {
        Transcript t = call(List.of(reply("您好，续费周期怎么选？\n张强：年度。\n李明：好的。"), reply("好的再见[END:1]")),
                List.of(reply("年度吧。")));
        assertThat(t.turns().get(0).text()).isEqualTo("您好，续费周期怎么选？");
        assertThat(t.turns().get(0).flags()).contains("spoke_for_other_side");
        assertThat(t.turns().get(1).text()).isEqualTo("年度吧。");
    }

    @Test
    void emptyReplyEndsTheCallOnRecord() {
        Transcript t = call(List.of(reply("您好。")), List.of(reply("   ")));
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(1).flags()).contains("empty");
        assertThat(t.end().reason()).isEqualTo(EndReason.EMPTY_REPLY);
        assertThat(t.end().by()).isEqualTo(Role.CALLEE);
    }

    @Test
    void unauthorizedEndsAtOnceWithoutTheKey() {
        Transcript t = call(List.of(Response.status(401)), List.of(reply("x")));
        assertThat(t.turns()).isEmpty();
        assertThat(t.end().reason()).isEqualTo(EndReason.AUTH_ERROR);
        assertThat(t.end().detail()).contains("401").doesNotContain(KEY);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorKeepsThePartialTranscript() {
        Transcript t = call(List.of(reply("您好。"), Response.status(500)), List.of(reply("什么事？")));
        assertThat(t.turns()).extracting(Turn::text).containsExactly("您好。", "什么事？");
        assertThat(t.end().reason()).isEqualTo(EndReason.LLM_ERROR);
        assertThat(t.end().by()).isEqualTo(Role.CALLER);
        assertThat(t.end().detail()).contains("500").contains(server.baseUrl());
        assertThat(t.totals().llmRequests()).isEqualTo(2 + 2); // 2 good + the failing one and its retry
    }

    @Test
    void timeoutIsRecordedAsAnEndpointFailure() {
        Transcript t = call(List.of(reply("您好。")), List.of(reply("迟到").after(2000)), 30, Duration.ofMillis(300));
        assertThat(t.turns()).hasSize(1);
        assertThat(t.end().reason()).isEqualTo(EndReason.LLM_ERROR);
        assertThat(t.end().detail()).contains("timeout");
    }
}
