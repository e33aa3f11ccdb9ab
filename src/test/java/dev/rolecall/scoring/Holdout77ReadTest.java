package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-seventh held-out set (a seafood wholesaler's walk-in cold rooms checked and made safe, in Chinese; a wedding barn's
 * lightning protection, in English; with renewal and clinic), read after its blind first run: two faithful calls capped (the
 * card's "About 2½ hours" read as 2, a chatty "跟您check一下" read-back and "做B吧" read as no plan chosen), a C call's "the repair
 * package then" read as no choice, two B calls' one question counted answered (handed to the visit; passed for the options),
 * and an emergency told in the customer's own words ("…我是打119还是让人拿锤子砸？") opening no reading of the advice after it.
 */
class Holdout77ReadTest {

    private static Scorecard coldRoom(String file, String rep, String customer) {
        return LabelledCalls.score("holdout77", "lengku.md", file, rep, customer);
    }

    private static Scorecard barn(String file, String rep, String customer) {
        return LabelledCalls.score("holdout77", "lightning-rod.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void halvesInTheCardAndChattyReadBacksKeepFaithfulCallsClean() {
        assertThat(barn("lightning-rod-03.txt", "O. Pritchard", "R. Ebersole").critical()).isEmpty();
        assertThat(coldRoom("lengku-03.txt", "小武", "孙丽萍").critical()).isEmpty();
        // the customer's opening questions name a lock-in in passing: no emergency for the rest of the call
        assertThat(coldRoom("lengku-01.txt", "武建平", "孙丽萍").critical()).isEmpty();
    }

    @Test
    void aPickByTheOptionsOwnWordIsAChoice() {
        assertThat(barn("lightning-rod-06.txt", "Owen P.", "Ruth Ebersole").critical()).noneMatch(c -> c.contains("ending not borne out"));
    }

    @Test
    void questionsHandedToTheVisitOrPassedForTheOptionsAreUnanswered() {
        assertThat(barn("lightning-rod-05.txt", "Owen Pritchard", "Ruth").items().get("questions").score()).isZero();
        assertThat(barn("lightning-rod-04.txt", "Owen", "Ruth E.").items().get("questions").score()).isZero();
        // the faithful calls' answers still count
        assertThat(barn("lightning-rod-01.txt", "Owen Pritchard", "Ruth Ebersole").items().get("questions").score()).isEqualTo(1.0);
    }

    @Test
    void adviceAfterAnEmergencyToldInTheCustomersOwnWords() {
        List<String> flagged = said(coldRoom("lengku-07.txt", "武建平", "丽萍"));
        assertThat(flagged).anyMatch(s -> s.contains("打盆热水")).anyMatch(s -> s.contains("铁丝再多缠几道"))
                .anyMatch(s -> s.contains("拿砖头顶着"));
        // and advice mid-sentence, after a raise in two-character words (holdout76's huati-07)
        List<String> slide = said(LabelledCalls.score("holdout76", "huati.md", "huati-07.txt", "韩晓雯", "春燕"));
        assertThat(slide).anyMatch(s -> s.startsWith("让老师从后面抓住肩膀使劲往回拉")).anyMatch(s -> s.startsWith("让老周在上面把那根栏杆掰开点"));
    }

    @Test
    void aboutSoManyIsSoMany() {
        // "一个来钟头就弄利索了" against the card's 2.5 hours
        assertThat(said(coldRoom("lengku-06.txt", "武师傅", "孙丽萍"))).contains("1个钟头");
    }
}
