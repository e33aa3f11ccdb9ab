package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule the card never states ({@link InventedRules}), on the bundled cards: a limit or a chore put on the customer in words
 * the card does not have is flagged; the card's own rules said again, the rep's own limits, a condition and an option's name
 * are not.
 */
class InventedRulesTest {
    private static final CardProfile DELIVERY = profile("prompts/cards/delivery.md");
    private static final CardProfile ENGLISH = profile("prompts/cards/english-support.md");
    private static final CardProfile INSTALLMENT = profile("prompts/cards/installment.md");

    private static CardProfile profile(String path) {
        return new CardProfile(CardParser.parse(Path.of(path)), Embedder.shared());
    }

    private static List<String> rules(CardProfile card, String text, String asked) {
        Turn rep = new Turn(4, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of());
        return InventedRules.in(rep, card, List.of(), asked).stream().map(FactFlag::said).toList();
    }

    @Test
    void aLimitOrAChoreTheCardNeverStatesIsFlagged() {
        assertThat(rules(ENGLISH, "Seat changes only happen mid-term, not at renewal.", "")).hasSize(1);
        assertThat(rules(ENGLISH, "The cashier's check has to be from an Ohio bank.", "")).hasSize(1);
        assertThat(rules(ENGLISH, "Our system can't change the address during a renewal.", "")).hasSize(1);
        assertThat(rules(DELIVERY, "沙发送到了以后窗户就不能往外开了。", "")).hasSize(1);
        assertThat(rules(DELIVERY, "签收要先打印盖章的申请表寄过来。", "")).hasSize(1);
        // a thing made to wait on another (holdout16-64's installment calls, holdout48's zhayou-07)
        assertThat(rules(INSTALLMENT, "额度要等十二期全部还完才一次性恢复。", "")).hasSize(1);
        assertThat(rules(DELIVERY, "我们一车要凑够十单才发车。", "")).hasSize(1);
    }

    @Test
    void theCardsRuleInOtherWordsIsNoRuleOfItsOwn() {
        // "小朋友" for the card's "孩子" shares too few words to pass as the card's rule, but means it (holdout76's huati-01)
        CardProfile slide = profile("src/test/resources/labelled/holdout76/cards/huati.md");
        assertThat(rules(slide, "园里不能有小朋友，设备区周围清空，玩具、垫子、水桶都挪开。", "")).isEmpty();
        assertThat(rules(slide, "园里不能有家长进来，老师也得先签安全责任书才能进设备区。", "")).hasSize(1);
    }

    @Test
    void onlyInTheSenseOfHowLittleIsNoRule() {
        // 才 as "only so much", and the card's own order of things said again
        assertThat(rules(INSTALLMENT, "分六期每期手续费才七十二块。", "")).isEmpty();
        assertThat(rules(INSTALLMENT, "您每还一期以后才恢复相应额度，分期不影响额度恢复。", "")).isEmpty();
    }

    @Test
    void theCardsOwnRulesTheRepsOwnLimitsAConditionOrAnOptionsNameAreNot() {
        // the card's words: pay within 30 days by card or bank transfer
        assertThat(rules(ENGLISH, "You have to pay by card or bank transfer within 30 days of the invoice.", "")).isEmpty();
        assertThat(rules(DELIVERY, "改约只能在送货前一天下午6点前打4008123456。", "")).isEmpty();
        // the customer's own words, answered
        assertThat(rules(ENGLISH, "Yes, the sandbox workspace has to stay on the same plan.", "Does the sandbox workspace have to stay on the same plan?")).isEmpty();
        // the rep's limit, a hedge, a condition, the company's own chore, an option's name, a question
        assertThat(rules(ENGLISH, "I can't promise the migration tool will be ready by then.", "")).isEmpty();
        assertThat(rules(ENGLISH, "If you need to move the renewal date, just reply to the quote email.", "")).isEmpty();
        assertThat(rules(ENGLISH, "A technician needs to swap the router at your place.", "")).isEmpty();
        assertThat(rules(ENGLISH, "Pads-only is $113 if you'd rather.", "")).isEmpty();
        assertThat(rules(ENGLISH, "Can the workshop only happen on weekdays?", "")).isEmpty();
        assertThat(rules(DELIVERY, "具体哪天能拿到我没法给您打包票。", "")).isEmpty();
        assertThat(rules(DELIVERY, "如果要改时间，得先打个电话过来。", "")).isEmpty();
    }
}
