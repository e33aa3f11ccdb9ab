package dev.rolecall.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyCleanerTest {
    private final ReplyCleaner caller = new ReplyCleaner(List.of("李明", "客服"), List.of("张强", "客户"));

    @Test
    void dropsLeadingSpeakerLabel() {
        CleanedReply r = caller.clean("李明：您好，请问是张强吗？");
        assertThat(r.text()).isEqualTo("您好，请问是张强吗？");
        assertThat(r.flags()).containsExactly(ReplyCleaner.SPEAKER_LABEL);
    }

    @Test
    void dropsBoldLabelAndStageDirections() {
        CleanedReply r = caller.clean("**李明**: （微笑）您好，(清嗓子)续费的事。");
        assertThat(r.text()).isEqualTo("您好，续费的事。");
        assertThat(r.flags()).contains(ReplyCleaner.SPEAKER_LABEL, ReplyCleaner.STAGE_DIRECTION);
    }

    @Test
    void keepsAnAreaCodeInBrackets() {
        CleanedReply r = caller.clean("Just call us at (617) 555-0148 (smiles) when you know.");
        assertThat(r.text()).isEqualTo("Just call us at (617) 555-0148 when you know.");
        assertThat(caller.clean("电话（0571）88263170").text()).isEqualTo("电话（0571）88263170");
        assertThat(caller.clean("(617) 555-0148").flags()).isEmpty();
    }

    @Test
    void cutsWhereTheModelSpeaksForTheOtherSide() {
        CleanedReply r = caller.clean("您看续费周期怎么选？\n张强：年度吧。\n李明：好的。");
        assertThat(r.text()).isEqualTo("您看续费周期怎么选？");
        assertThat(r.flags()).containsExactly(ReplyCleaner.SPOKE_FOR_OTHER_SIDE);
    }

    @Test
    void keepsTheOtherNameUsedAsAddress() {
        CleanedReply r = caller.clean("张强您好，我是李明。");
        assertThat(r.text()).isEqualTo("张强您好，我是李明。");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void stripsMarkdown() {
        CleanedReply r = caller.clean("- **95折**优惠\n- 路径：`账户中心`");
        assertThat(r.text()).isEqualTo("95折优惠 路径：账户中心");
        assertThat(r.flags()).containsExactly(ReplyCleaner.MARKDOWN);
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(caller.clean("  （沉默）  ").text()).isEmpty();
        assertThat(caller.clean(null).text()).isEmpty();
    }
}
