package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Concern;
import dev.rolecall.card.GoalChoice;
import dev.rolecall.card.ParallelOffers;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 29's cards as their writer first wrote them. The review graded the offline rep 21.0 (shangbiao, zh) and 11.1
 * (sealcoat, en): no option and no day ever chosen ("Which would you like?" → "Yes, please.", "您看选哪一种？" → "是的。", 19 of
 * 19), read-backs of one slot in six ("我跟您复述一下：；视频面签定在周四下午；；。", "crew arriving the house. Cars off the
 * driveway until check"), "Is anything going on at the house that week…?" answered "The house, please.", and the concern's
 * label said aloud ("那隐藏：明年要和表弟成立公司呢？").
 */
class Review29CardsTest {

    private static final Card SEALCOAT = CardParser.parse(Path.of("src/test/resources/reviewed/sealcoat.md"));
    private static final Card SHANGBIAO = CardParser.parse(Path.of("src/test/resources/reviewed/shangbiao.md"));

    @Test
    void theEnglishCustomerPicksAnOptionADayAndAWindowAndTheReadBackSaysThem() {
        int picks = 0;
        int days = 0;
        int readBacks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(SEALCOAT, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                String next = turns.get(i + 1).text();
                if (turns.get(i).speaker() != Role.CALLER) {
                    continue;
                }
                assertThat(t).as("seed " + seed).doesNotContain("..");
                if (t.endsWith("Which would you like?") && t.contains("$565")) {
                    picks++;
                    assertThat(next).as("seed " + seed).containsIgnoringCase("sealcoat").doesNotStartWith("Yes");
                }
                if (t.endsWith("What works for you?")) {
                    days++;
                    assertThat(next).as("seed " + seed).containsPattern("Thursday|Saturday").doesNotStartWith("Yes")
                            .doesNotStartWith("Correct");
                }
                if (t.contains("like guests or deliveries")) {
                    assertThat(next).as("seed " + seed).doesNotContainPattern("(?i)the (?:house|driveway)(?:, please| works| is best)");
                }
                if (t.contains("Let me read it back")) {
                    readBacks++;
                    assertThat(t).as("seed %d: %s", seed, t)
                            .containsPattern("(?:standard sealcoat for \\$385|sealcoat with crack filling for \\$565), on (?:Thursday, June 11"
                                    + "|Saturday, June 13), crew arriving between (?:8 and 10 in the morning|1 and 3 in the afternoon)")
                            .doesNotContainPattern("until (?:card|check)|arriving the");
                }
            }
        }
        assertThat(picks).isGreaterThanOrEqualTo(6);
        assertThat(days).isGreaterThanOrEqualTo(6);
        assertThat(readBacks).isGreaterThanOrEqualTo(5);
    }

    /** The options as the two cards state them, and picks and ways to pay read from lines of their shape. */
    @Test
    void optionsPricedLaterOrListedAfterAColonAreTheGoals() {
        assertThat(ParallelOffers.named(List.of("There are two options. The standard sealcoat is two coats over the whole driveway for $385."
                + " The sealcoat with crack filling adds hot rubberized filler in all the cracks, then the same two coats, for $565.")))
                .containsExactly("the standard sealcoat", "the sealcoat with crack filling");
        assertThat(ParallelOffers.named(List.of("有两种办法：普通申请每个类别800元，含270元官费，万一被驳回，钱不退；担保注册每个类别2600元，"
                + "最后注册不下来全额退款。您看选哪一种？"))).containsExactly("普通申请", "担保注册");
        // one priced clause after a colon is a price, not a choice
        assertThat(ParallelOffers.named(List.of("费用：普通申请每个类别800元，含270元官费。"))).isEmpty();
        GoalChoice sealcoat = GoalChoice.of(SEALCOAT.caller().endCondition(1).orElseThrow().text(), SEALCOAT.caller());
        assertThat(sealcoat.options()).containsExactly("standard sealcoat", "sealcoat with crack filling");
        assertThat(sealcoat.named("Let's go with the one with crack filling.")).containsExactly("sealcoat with crack filling");
        assertThat(sealcoat.named("Sure, sounds good with me.")).isEmpty(); // "with" names neither
        GoalChoice well = new GoalChoice("管材方案", List.of("PVC管井", "钢管井"));
        assertThat(well.named("PVC。哪天能来？")).containsExactly("PVC管井");
        assertThat(PaymentOptions.of("面签完可以扫码或者对公转账付全款，我们开发票。")).containsExactly("扫码", "对公转账");
        assertThat(SHANGBIAO.caller().organization()).isEqualTo("知衡知识产权代理有限公司");
        assertThat(SHANGBIAO.caller().name()).isEqualTo("罗佳");
    }

    @Test
    void theHiddenPartyComesOutWhenTheRepAsksAboutThatWeek() {
        Concern party = SEALCOAT.callee().concerns().get(2);
        assertThat(party.level()).isEqualTo(Concern.Level.LATENT);
        assertThat(party.text()).startsWith("the graduation party").contains("unless asked about plans that week or guests");
        Concern company = SHANGBIAO.callee().concerns().get(2);
        assertThat(company.level()).isEqualTo(Concern.Level.LATENT);
        assertThat(company.text()).startsWith("明年要和表弟成立公司").contains("被问到以后的打算或者申请人时才说");
    }

    @Test
    void theChineseCustomerPicksAPlanAndTheReadBackSaysItWithoutEmptySemicolons() {
        int picks = 0;
        int readBacks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(SHANGBIAO, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLEE) {
                    // the concern's label and the card's aside in brackets are not said
                    assertThat(t).as("seed " + seed).doesNotContain("隐藏").doesNotContain("（").doesNotContain("{");
                    assertThat(turns.get(i).flags()).as("seed %d: %s", seed, t).doesNotContain("stage_direction");
                    continue;
                }
                if (t.endsWith("您看选哪一种？") && t.contains("担保注册每个类别2600元")) {
                    picks++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("普通申请|担保注册")
                            .doesNotStartWith("是").doesNotStartWith("对").doesNotStartWith("没错");
                }
                if (t.contains("我跟您复述一下")) {
                    readBacks++;
                    assertThat(t).as("seed %d: %s", seed, t).containsPattern("选的是(普通申请，费用800元|担保注册，费用2600元)")
                            .contains("视频面签定在周").doesNotContainPattern("[：；][；。]");
                }
            }
        }
        assertThat(picks).isGreaterThanOrEqualTo(6);
        assertThat(readBacks).isGreaterThanOrEqualTo(5);
    }
}
