package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-ninth held-out set (a matchmaking agency in Chinese, a host family in English, plus installment and isp-visit),
 * read after its blind first run: three faithful calls capped at 60, every host-family opening short of its company, and two
 * number-free errors on the bundled installment card.
 */
class Holdout49ReadTest {
    @Test
    void birthYearsAndOneToOneAreNotDurations() {
        assertThat(FactExtractor.extract("陈浩，九四年的，今年三十三岁")).noneMatch(f -> f.type() == Fact.Type.DURATION);
        assertThat(FactExtractor.extract("一对一三个月两千六百八")).anyMatch(f -> f.type() == Fact.Type.DURATION && f.said().equals("3个月"))
                .anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("2680"));
        assertThat(FactExtractor.extract("做了十年的老店")).anyMatch(f -> f.type() == Fact.Type.DURATION);
    }

    @Test
    void faithfulCallsAreNotCapped() {
        // "九四年的" for the card's "1994年的"
        Scorecard born = LabelledCalls.score("holdout49", "xiangqin.md", "xiangqin-01.txt", "顾丽娟", "沈桂芳");
        assertThat(born.invented()).isEmpty();
        // "six weeks is $1,050" for the card's "$525 for three weeks or $1,050 for six"
        Scorecard elided = LabelledCalls.score("holdout49", "host-family.md", "host-family-04.txt", "Keisha Morgan", "Angela Hartley");
        assertThat(elided.invented()).isEmpty();
        // "Can you call me back Wednesday around noon?" → "Wednesday, May 12 around noon", the card's today being Monday, May 10
        Scorecard callBack = LabelledCalls.score("holdout49", "host-family.md", "host-family-05.txt", "Lakeshore Language Institute", "Angie");
        assertThat(callBack.invented()).isEmpty();
    }

    /** "homestay coordinator at the Lakeshore Language Institute": the company, not "from Japan" further on. */
    @Test
    void theCompanyAfterTheIsTheCompany() {
        Scorecard c = LabelledCalls.score("holdout49", "host-family.md", "host-family-01.txt", "Keisha Morgan", "Angela Hartley");
        assertThat(c.item("opening")).isEqualTo(1.0);
    }

    @Test
    void aFeeLetOffAndACancellationTheCardRulesOutAreFlagged() {
        Scorecard waived = LabelledCalls.score("holdout49", "installment.md", "installment-04.txt", "华信信用卡中心", "陈伟");
        assertThat(waived.invented()).anyMatch(f -> f.said().contains("免首期手续费"));
        // the card: "分期办理后不能提前取消"
        Scorecard cancel = LabelledCalls.score("holdout49", "installment.md", "installment-03.txt", "周敏", "陈伟");
        assertThat(cancel.invented()).anyMatch(f -> f.said().contains("随时能取消"));
    }

    /** The mirror of a free claim: a charge said of what the card gives free ("the visit and the new socket are free"). */
    @Test
    void aChargeForWhatTheCardGivesFreeIsFlagged() {
        Scorecard c = LabelledCalls.score("holdout49", "isp-visit.md", "isp-visit-03.txt", "Tom Baker", "Linda Park");
        assertThat(c.invented()).extracting(FactFlag::said).anyMatch(s -> s.contains("you'd pay for separately"))
                .anyMatch(s -> s.contains("moving the slot costs extra"));
        Scorecard a = LabelledCalls.score("holdout49", "isp-visit.md", "isp-visit-01.txt", "Tom Baker", "Linda Park");
        assertThat(a.invented()).isEmpty();
    }
}
