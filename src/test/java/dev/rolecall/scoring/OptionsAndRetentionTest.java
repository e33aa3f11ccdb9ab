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
 * Session 62's readers of wrong facts that carry no number, on the bundled cards: one of the card's options said to be the only
 * one ({@link OnlyOptions}), the customer's data said to go at once or to stay for ever ({@link Retention}), the fault put on the
 * customer's bank ({@link Claims#BLAME}), a no to what the card's Q&A answers yes ({@link AllowedAsks}), and paperwork the card says is not needed said to be needed ({@link Contradictions}).
 */
class OptionsAndRetentionTest {
    private static final CardProfile RENEWAL = profile("prompts/cards/renewal.md");
    private static final CardProfile ENGLISH = profile("prompts/cards/english-support.md");

    private static CardProfile profile(String path) {
        return new CardProfile(CardParser.parse(Path.of(path)), Embedder.shared());
    }

    private static Turn rep(String text) {
        return new Turn(4, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of());
    }

    private static List<String> only(CardProfile card, String text) {
        return OnlyOptions.in(rep(text), card, List.of()).stream().map(FactFlag::said).toList();
    }

    private static List<String> retention(CardProfile card, String text) {
        return Retention.in(rep(text), card, List.of()).stream().map(FactFlag::said).toList();
    }

    @Test
    void oneOfTheCardsOptionsSaidToBeTheOnlyOne() {
        // the card: "您目前支持年度、季度、月度续费" and "支持专票或普票"
        assertThat(RENEWAL.options).anyMatch(o -> o.items().containsAll(List.of("年度", "季度", "月度")));
        assertThat(only(RENEWAL, "现在只支持年度续费。")).containsExactly("现在只支持年度续费。");
        assertThat(only(RENEWAL, "发票的话只能开普票，您看行吗")).containsExactly("发票的话只能开普票，");
        assertThat(OnlyOptions.in(rep("只能年度。"), RENEWAL, List.of()).get(0).card()).contains("季度", "月度");
        // every option named, an option asked about, or what the card offers said again: no flag
        assertThat(only(RENEWAL, "年度、季度、月度都可以，您选哪个？")).isEmpty();
        assertThat(only(RENEWAL, "只能开普票吗？")).isEmpty();
        assertThat(only(RENEWAL, "专票普票都能开，只要您说一声。")).isEmpty();
        // a sentence another reader flagged whole is not flagged again in part
        FactFlag whole = new FactFlag(4, "claim", "发票只能开普票，专票要线下申请。", "nearest: …");
        assertThat(OnlyOptions.in(rep("发票只能开普票，专票要线下申请。"), RENEWAL, List.of(whole))).isEmpty();
    }

    @Test
    void anEnglishOptionSaidToBeTheOnlyOneInTheFormsThatRestrictIt() {
        // the card: "you can pay by card or bank transfer within 30 days"
        assertThat(only(ENGLISH, "Payment is by card only.")).hasSize(1);
        assertThat(only(ENGLISH, "It's card-only these days.")).hasSize(1);
        // both named, or an "only" that is the verb's
        assertThat(only(ENGLISH, "You can pay by card or bank transfer, whichever suits.")).isEmpty();
        assertThat(only(ENGLISH, "The card on file only gets charged once.")).isEmpty();
    }

    @Test
    void aNoToWhatTheCardsQAndAAnswersYes() {
        // the card: "Q: Can we reduce the number of seats? A: Yes, you can go down to any number of seats at renewal"
        assertThat(ENGLISH.allowed).anyMatch(a -> a.qa().startsWith("Can we reduce the number of seats?"));
        assertThat(AllowedAsks.in(rep("Seat changes can only happen mid-year, not at renewal."), ENGLISH, List.of(), "")).hasSize(1);
        assertThat(AllowedAsks.in(rep("Sorry, we can't reduce seats."), ENGLISH, List.of(), "Can we reduce the number of seats?"))
                .hasSize(1);
        // the card's yes said, a condition, or a no about something else
        assertThat(AllowedAsks.in(rep("Yes, you can go down to any number of seats at renewal."), ENGLISH, List.of(),
                "Can we reduce the number of seats?")).isEmpty();
        assertThat(AllowedAsks.in(rep("There's also monthly billing at $25 a seat if you'd rather not commit for the year."), ENGLISH,
                List.of(), "")).isEmpty();
        assertThat(AllowedAsks.in(rep("I can't promise the price won't change next year."), ENGLISH, List.of(), "")).isEmpty();
    }

    @Test
    void theCustomersWishIsNoListOfOptions() {
        CardProfile delivery = profile("prompts/cards/delivery.md");
        // "希望周末或晚上送货" is the customer's wish, written on the caller's side of the card
        assertThat(delivery.options).noneMatch(o -> o.clause().contains("希望"));
    }

    @Test
    void dataSaidToGoAtOnceOrToStayForEver() {
        // the cards keep it: "服务到期后您的全部业务数据将安全保留30天", "your data is kept for 90 days"
        assertThat(RENEWAL.retention).contains("保留30天");
        assertThat(ENGLISH.retention).contains("90 days");
        assertThat(retention(RENEWAL, "到期当天数据就清空了，所以建议您今天就定下来。")).hasSize(1);
        assertThat(retention(RENEWAL, "那数据到期就清空了，您得抓紧。")).hasSize(1);
        assertThat(retention(ENGLISH, "If you don't renew, the account is deleted the day it expires, no grace period.")).hasSize(1);
        assertThat(retention(ENGLISH, "No worries, your data's kept indefinitely.")).hasSize(1);
        assertThat(retention(ENGLISH, "And if you don't renew in time your account is deleted straight away.")).hasSize(1);
        // the card's own terms, or a rush that is not about the data
        assertThat(retention(ENGLISH, "Your data isn't deleted right away; it's kept for 90 days.")).isEmpty();
        assertThat(retention(RENEWAL, "数据不会马上清空，会保留30天。")).isEmpty();
        assertThat(retention(ENGLISH, "I'll send the invoice right away.")).isEmpty();
        // a card that keeps nothing for a set time reads nothing
        assertThat(profile("prompts/cards/delivery.md").retention).isNull();
    }

    @Test
    void theFaultPutOnTheCustomersBank() {
        List<String> flagged = Claims.unbacked(rep("Honestly, that double charge was on your bank's side, not ours."), ENGLISH, List.of())
                .stream().map(FactFlag::card).toList();
        assertThat(flagged).containsExactly("says nothing of whose fault it was");
        assertThat(Claims.unbacked(rep("Was that charge from your bank or from us?"), ENGLISH, List.of())).isEmpty();
        assertThat(Claims.unbacked(rep("I'll make sure there's no double charge this time; I'll check the invoice myself."), ENGLISH,
                List.of())).isEmpty();
    }

    @Test
    void paperworkTheCardSaysIsNotNeededSaidToBeNeeded() {
        // the card: "全程无需纸质资料", "无需线下资料"
        assertThat(Contradictions.in(rep("纸质合同要盖章寄回。"), RENEWAL)).hasSize(1);
        assertThat(Contradictions.in(rep("不过续费得先打印纸质合同盖章寄回给我们。"), RENEWAL)).hasSize(1);
        assertThat(Contradictions.in(rep("续费得走线下合同，盖章扫描发过来我们再开通。"), RENEWAL)).hasSize(1);
        // said not to be needed, or asked about: no flag
        assertThat(Contradictions.in(rep("全程在线，不用纸质合同。"), RENEWAL)).isEmpty();
        assertThat(Contradictions.in(rep("您要纸质合同吗？"), RENEWAL)).isEmpty();
    }
}
