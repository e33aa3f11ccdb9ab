package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A duration the card never states, said as how the service works, is invented (the labelled calls' "一般五个工作日左右能
 * 开出来" for the renewal card's "系统自动开票最快2小时"; "It takes about three hours"): it had gone unchecked, as a
 * call-back time does. A value of the call itself or worked out in it is not.
 */
class UnstatedDurationsTest {
    private static final Scorer RENEWAL = new Scorer(Fixtures.renewal(), Weights.defaultWeights());

    private static Fact duration(String said) {
        return FactExtractor.extract(said).stream().filter(f -> f.type() == Fact.Type.DURATION).findFirst().orElseThrow();
    }

    @Test
    void aServiceDurationTheCardNeverStatesIsClaimedButTheCallsOwnValuesAreNot() {
        assertThat(UnstatedDurations.claimed(duration("It takes about three hours."), "It takes about three hours.")).isTrue();
        assertThat(UnstatedDurations.claimed(duration("分期以后三个月内都可以取消。"), "分期以后三个月内都可以取消。")).isTrue();
        for (String own : new String[] {"今天来电跟您介绍一下账单分期，就占您两分钟。", "过两天我再给您打电话跟进一下。",
                "到10/1是21天，够。",
                "adds about forty minutes, so you'd be looking at roughly three hours and ten minutes in all.",
                "现在能约的就三天：下周二、周四，还有周六。", "建议就这一两周来做掉。", "装一天就好。"}) {
            assertThat(UnstatedDurations.claimed(duration(own), own)).as(own).isFalse();
        }
    }

    @Test
    void anAgeAPackageAndTheEndOfADateSpanAreNoDurations() {
        assertThat(FactExtractor.extract("with 56 adults and the six-year-old at $16")).noneMatch(f -> f.type() == Fact.Type.DURATION);
        assertThat(FactExtractor.extract("柯基，公，三周岁。")).noneMatch(f -> f.type() == Fact.Type.DURATION);
        assertThat(FactExtractor.extract("云南昆大丽六天五晚那个团")).noneMatch(f -> f.type() == Fact.Type.DURATION);
        assertThat(FactExtractor.extract("集中交付是11月14日到22日。")).noneMatch(f -> f.type() == Fact.Type.DURATION);
    }

    @Test
    void theScorecardFlagsTheInvoiceTimeTheCardDoesNotGive(@TempDir Path tmp) throws Exception {
        String call = """
                小李：您好，我是云服务的客户经理小李，您的账户下月到期，就占您两分钟跟您确认续费，方便吗？
                客户：方便，发票多久能开？
                小李：付款后在后台自助申请，一般五个工作日左右能开出来。
                客户：行，那我考虑一下。
                小李：好的，过两天我再给您打电话跟进一下，再见！
                """;
        Scorecard s = RENEWAL.score(PlainTextTranscripts.read(Files.writeString(tmp.resolve("c.txt"), call),
                Map.of("小李", Role.CALLER, "客户", Role.CALLEE)));
        assertThat(s.invented()).extracting(FactFlag::said).containsExactly("5个工作日");
        assertThat(s.critical()).anyMatch(c -> c.contains("5个工作日"));
    }
}
