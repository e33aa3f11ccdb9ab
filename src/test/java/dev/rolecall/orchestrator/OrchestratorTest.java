package dev.rolecall.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.agent.AgentException;
import dev.rolecall.card.Role;
import dev.rolecall.prompt.PromptSet;
import dev.rolecall.testing.ScriptedAgentFactory;
import dev.rolecall.testing.TestCards;
import dev.rolecall.transcript.EndReason;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrchestratorTest {
    @TempDir Path tmp;

    private Transcript run(ScriptedAgentFactory caller, ScriptedAgentFactory callee, int maxTurns, List<Turn> seen)
            throws Exception {
        Files.writeString(tmp.resolve("caller.md"), "你是{{self_name}}");
        Files.writeString(tmp.resolve("callee.md"), "你是{{self_name}}");
        CallSpec spec = new CallSpec(null, TestCards.minimal(), PromptSet.load(tmp), caller, callee, 7, maxTurns, null);
        return new Orchestrator().run(spec, seen::add);
    }

    @Test
    void calleeEndMarkerEndsTheCallWithItsCondition() throws Exception {
        List<Turn> seen = new ArrayList<>();
        Transcript t = run(new ScriptedAgentFactory("您好，我是王芳。", "周六上午送可以吗？"),
                new ScriptedAgentFactory("什么事？", "可以，就周六。[END:1]"), 30, seen);
        assertThat(t.turns()).extracting(Turn::speaker)
                .containsExactly(Role.CALLER, Role.CALLEE, Role.CALLER, Role.CALLEE);
        assertThat(t.turns().get(3).text()).isEqualTo("可以，就周六。");
        assertThat(t.turns().get(3).endMarker()).isEqualTo(1);
        assertThat(t.end().reason()).isEqualTo(EndReason.END_CONDITION);
        assertThat(t.end().by()).isEqualTo(Role.CALLEE);
        assertThat(t.end().conditionText()).isEqualTo("确认时间");
        assertThat(seen).isEqualTo(t.turns());
        assertThat(t.totals().llmRequests()).isEqualTo(4);
        assertThat(t.totals().promptTokens()).isEqualTo(40);
    }

    @Test
    void callerEndMarkerMapsToTheCallersConditions() throws Exception {
        Transcript t = run(new ScriptedAgentFactory("您好。", "那不打扰了，再见。[END:2]"),
                new ScriptedAgentFactory("不需要。"), 30, new ArrayList<>());
        assertThat(t.end().by()).isEqualTo(Role.CALLER);
        assertThat(t.end().conditionText()).isEqualTo("客户拒绝");
    }

    @Test
    void unknownConditionNumberIsKeptButNotLegitimate() throws Exception {
        Transcript t = run(new ScriptedAgentFactory("再见 [END:9]"), new ScriptedAgentFactory(), 30, new ArrayList<>());
        assertThat(t.end().reason()).isEqualTo(EndReason.UNKNOWN_CONDITION);
        assertThat(t.end().condition()).isEqualTo(9);
        assertThat(t.turns().get(0).flags()).contains("unknown_end_condition");
    }

    @Test
    void maxTurnsIsRecorded() throws Exception {
        Transcript t = run(new ScriptedAgentFactory(), new ScriptedAgentFactory(), 5, new ArrayList<>());
        assertThat(t.turns()).hasSize(5);
        assertThat(t.end().reason()).isEqualTo(EndReason.MAX_TURNS);
        assertThat(t.end().by()).isNull();
    }

    @Test
    void repeatingTheSameUtteranceIsALoop() throws Exception {
        Transcript t = run(new ScriptedAgentFactory("请问方便吗？", "请问方便吗？"),
                new ScriptedAgentFactory("嗯？", "说吧"), 30, new ArrayList<>());
        assertThat(t.turns()).hasSize(3);
        assertThat(t.end().reason()).isEqualTo(EndReason.LOOP);
        assertThat(t.end().by()).isEqualTo(Role.CALLER);
        assertThat(t.turns().get(2).flags()).contains("repeat");
    }

    @Test
    void emptyReplyIsRecordedNotDropped() throws Exception {
        Transcript t = run(new ScriptedAgentFactory("您好。"), new ScriptedAgentFactory("（挂断）"), 30, new ArrayList<>());
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(1).text()).isEmpty();
        assertThat(t.turns().get(1).flags()).contains("empty", "stage_direction");
        assertThat(t.end().reason()).isEqualTo(EndReason.EMPTY_REPLY);
    }

    @Test
    void agentFailureKeepsThePartialTranscript() throws Exception {
        AgentException boom = new AgentException(AgentException.Kind.SERVER,
                "http://x/v1: 500 after 3 retries; try again later", 4, null);
        Transcript t = run(new ScriptedAgentFactory("您好。", boom), new ScriptedAgentFactory("谁？"), 30, new ArrayList<>());
        assertThat(t.turns()).hasSize(2);
        assertThat(t.end().reason()).isEqualTo(EndReason.LLM_ERROR);
        assertThat(t.end().detail()).contains("500");
        assertThat(t.totals().llmRequests()).isEqualTo(2 + 4);
    }

    @Test
    void authFailureIsFatal() throws Exception {
        AgentException auth = new AgentException(AgentException.Kind.AUTH, "http://x/v1: 401", 1, null);
        Transcript t = run(new ScriptedAgentFactory(auth), new ScriptedAgentFactory(), 30, new ArrayList<>());
        assertThat(t.turns()).isEmpty();
        assertThat(t.end().reason()).isEqualTo(EndReason.AUTH_ERROR);
    }
}
