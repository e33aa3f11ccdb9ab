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
 * Session 63's readers, on the bundled cards: an outcome vouched for that the card does not vouch for ({@link Claims#VOUCHED}),
 * something said to come with the price that the card never names ({@link Inclusions}), and counts that are no counts (a
 * warranty's years, "两个钟头") kept out of amounts worked out from the card.
 */
class VouchedAndIncludedTest {
    private static final CardProfile DELIVERY = profile("prompts/cards/delivery.md");
    private static final CardProfile ENGLISH = profile("prompts/cards/english-support.md");

    private static CardProfile profile(String path) {
        return new CardProfile(CardParser.parse(Path.of(path)), Embedder.shared());
    }

    private static Turn rep(String text) {
        return new Turn(4, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of());
    }

    private static List<String> claims(CardProfile card, String text) {
        return Claims.unbacked(rep(text), card, List.of()).stream().map(FactFlag::said).toList();
    }

    private static List<String> included(CardProfile card, String text, String asked) {
        return Inclusions.in(rep(text), card, List.of(), asked).stream().map(FactFlag::said).toList();
    }

    @Test
    void anOutcomeVouchedForIsNotBackedByTheCardsWordsAlone() {
        // the card's words (沙发, 师傅) are there; its certainty is not
        assertThat(claims(DELIVERY, "您放心，沙发从来没有磕坏过，师傅搬运肯定不会碰到墙。")).hasSize(1);
        assertThat(claims(ENGLISH, "Honestly, CloudDesk Pro never goes down, your team will never lose a ticket.")).hasSize(1);
        // a card line said again with a bare certainty after it, or a certainty named and then denied: no claim
        assertThat(claims(DELIVERY, "送货上门和安装都是免费的，这个您绝对放心。")).isEmpty();
        assertThat(claims(ENGLISH, "You can pay by card or bank transfer within 30 days, always.")).isEmpty();
        assertThat(claims(DELIVERY, "保证一点不磕碰我们不敢说，有磕碰可以直接拒收，我们免费重新发货。")).isEmpty();
        assertThat(claims(ENGLISH, "The risk of another mistake is low but it's never zero, and I'll check the invoice myself.")).isEmpty();
    }

    @Test
    void somethingSaidToComeWithThePriceThatTheCardNeverNames() {
        assertThat(included(DELIVERY, "沙发送到以后包含三年上门保养。", "")).hasSize(1);
        assertThat(included(ENGLISH, "The renewal includes a free onboarding workshop for your whole team.", "")).hasSize(1);
        // the card's own inclusions, the customer's own words, or a thing said not to be included
        assertThat(included(DELIVERY, "送货上门和安装都包括在内。", "")).isEmpty();
        assertThat(included(DELIVERY, "沙发也包安装。", "")).isEmpty();
        assertThat(included(ENGLISH, "That covers all 40 seats on the Pro plan.", "")).isEmpty();
        assertThat(included(ENGLISH, "Yes, that includes the sandbox workspace too.", "Does that include our sandbox workspace?")).isEmpty();
        assertThat(included(ENGLISH, "Onboarding workshops aren't included, I'm afraid.", "")).isEmpty();
        assertThat(included(ENGLISH, "It covers it at zero dollars.", "")).isEmpty();
    }

    @Test
    void aWhileOrAWarrantysYearsIsNoCountToWorkAnAmountOutFrom() {
        assertThat(FactExtractor.numbers("It has a ten-year warranty.")).isEmpty();
        assertThat(FactExtractor.numbers("两个钟头就够，加固件十年质保。")).isEmpty();
        // counts of what is bought stay
        assertThat(FactExtractor.numbers("3 years at 99, for 40 seats")).containsExactly(3.0, 40.0);
        assertThat(FactExtractor.numbers("两个人，分12期")).contains(12.0);
    }

    @Test
    void aWeekdayAfterADashIsItsDate() {
        assertThat(Weekdays.pairs("Friday morning — the twenty-first.")).containsExactly(new Weekdays.Pair(5, 21));
        assertThat(Weekdays.pairs("Friday, the 21st")).containsExactly(new Weekdays.Pair(5, 21));
    }
}
