package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixty-eighth held-out set (shower-enclosure glass that may shatter, in Chinese; a deck ledger only nailed on, in English;
 * with clinic and renewal), read after its blind first run: a faithful call capped for refusing to judge by phone and for its
 * list of what the firm does not do, a price less the card's discount, a terse "≠", a slot offered beside another taken for
 * one counted from it, judgements by phone the card rules out, something said to be fine at once that the card makes wait, and
 * what is "enough" ("就行", "is fine") said where the card says nothing like it.
 */
class Holdout68ReadTest {

    private static Scorecard glass(String file, String rep, String customer) {
        return LabelledCalls.score("holdout68", "linyu-boli.md", file, rep, customer);
    }

    private static Scorecard deck(String file, String rep, String customer) {
        return LabelledCalls.score("holdout68", "deck-ledger.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void aFaithfulCallThatRefusesToJudgeAndListsWhatTheFirmDoesNotDo() {
        // "Whether it's safe right now, I honestly can't tell over the phone", "We don't stain or paint, replace railings or
        // stairs, or touch the patio below", and "$100 off… So the ledger repair comes to $1,380" ($1,480 less $100)
        Scorecard faithful = deck("deck-ledger-03.txt", "Marcus", "Ms. Kowalski");
        assertThat(faithful.critical()).isEmpty();
        assertThat(faithful.overall()).isGreaterThan(90);
        // a rep's note "Stronger ≠ never-fail guarantee" denies the guarantee
        assertThat(said(deck("deck-ledger-02.txt", "Ridgeline", "B.K."))).noneMatch(s -> s.contains("guarantee"));
    }

    @Test
    void judgementsByPhoneAndSlotsOfferedSideBySide() {
        List<String> glassC = said(glass("linyu-boli-06.txt", "苏专员", "孙丽萍"));
        assertThat(glassC).anyMatch(s -> s.contains("那肯定是质量问题"));
        // "6月12号那个周五上午，或者6月14号周一下午": not the card's 6月12日 plus its 48小时
        assertThat(glassC).anyMatch(s -> s.contains("6月14号"));
        assertThat(said(deck("deck-ledger-06.txt", "M. Bell", "Brenda"))).anyMatch(s -> s.contains("it'll hold till we get there"));
        // the faithful calls' "这个电话里我判断不了" and "I can't tell over the phone" judge nothing
        assertThat(glass("linyu-boli-01.txt", "苏晓雯", "孙丽萍").critical()).isEmpty();
        assertThat(deck("deck-ledger-01.txt", "Marcus Bell", "Brenda Kowalski").critical()).isEmpty();
    }

    @Test
    void tooSoonAndTooManyOnTheClinicCard() {
        List<String> clinic = said(LabelledCalls.score("holdout68", "clinic.md", "clinic-03.txt", "小陈", "赵建国"));
        assertThat(clinic).anyMatch(s -> s.contains("最多吃6片")).anyMatch(s -> s.contains("漱口水手术当天就能用"));
        // the same in a set read before
        assertThat(said(LabelledCalls.score("holdout41", "clinic.md", "clinic-03.txt", "陈静", "赵建国")))
                .anyMatch(s -> s.contains("漱口水术后当天就能用"));
    }

    @Test
    void whatIsEnoughSaidWhereTheCardSaysNothingLikeIt() {
        assertThat(said(LabelledCalls.score("holdout65", "shafa-fanxin.md", "shafa-fanxin-07.txt", "林晓雯", "罗建华")))
                .anyMatch(s -> s.contains("插头拔了再插上就行"));
        assertThat(said(LabelledCalls.score("holdout64", "geyinchuang.md", "geyinchuang-07.txt", "郑凯", "宋丽娟")))
                .anyMatch(s -> s.contains("您拿胶带先粘一下就行"));
        // a leave-taking ("有问题微信找我就行，祝您顺利！") claims nothing
        assertThat(said(LabelledCalls.score("", "renewal.md", "renewal-08.txt", "李明", "张强"))).noneMatch(s -> s.contains("找我就行"));
    }
}
