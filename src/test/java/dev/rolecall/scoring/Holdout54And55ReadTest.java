package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.GoalChoice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fifty-fourth held-out set (a drone-licence school and a snow-plow contract, with delivery and english-support), read after
 * its blind first run: one faithful ending failed for a plan the scorer could not name, two faithful calls flagged for a
 * rule they stated in the negative, two illegitimate endings passed, and wrong facts said with no digits or no unit. Then the
 * fifty-fifth (rural house drawings and backyard hens, with installment and isp-visit), read after its blind first run and a
 * second run on the fifty-fourth's reads: a faithful call capped for a question it answered, amounts and counts in words.
 */
class Holdout54And55ReadTest {
    private static final Path SNOW_PLOW = Path.of("src/test/resources/labelled/holdout54/cards/snow-plow.md");

    /** "## Call plan" is a section, not a plan; "Or there's per-push: $55 each time" names an option. */
    @Test
    void theCardsPlansAreItsOptionsNotItsHeadings() {
        var card = CardParser.parse(SNOW_PLOW);
        GoalChoice choice = GoalChoice.of(card.caller().endConditions().get(0).text(), card.caller());
        assertThat(choice.options()).containsExactly("seasonal contract", "per-push");
        assertThat(choice.named("The seasonal, obviously.")).containsExactly("seasonal contract");
        // so the faithful call whose customer said it keeps its ending
        assertThat(LabelledCalls.score("holdout54", "snow-plow.md", "snow-plow-03.txt", "Dmitri", "Mrs. Okafor").critical()).isEmpty();
    }

    @Test
    void rulesStatedInTheNegativeAreNotBroken() {
        // "保证考过这个我们不能说" against the card's "不能保证"; "card or cheque, no cash to drivers"
        assertThat(LabelledCalls.score("holdout54", "wurenji.md", "wurenji-01.txt", "唐晓雯", "何志强").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout54", "snow-plow.md", "snow-plow-04.txt", "Northfield Snow & Ice", "R. Okafor").invented())
                .isEmpty();
    }

    @Test
    void aBookingClosedOverACancellationOrADayNotChosenIsNotBorneOut() {
        // "我说了取消。" → "好的，那就按约定的时间给您送过去"
        assertThat(LabelledCalls.score("holdout54", "delivery.md", "delivery-04.txt", "顺达", "刘洋").critical())
                .anyMatch(c -> c.startsWith("ending not borne out") && c.contains("turned it down"));
        // "我还没说哪天呢。色弱这个你确定没事？" → "那就这么定了"
        assertThat(LabelledCalls.score("holdout54", "wurenji.md", "wurenji-07.txt", "唐晓雯", "何先生").critical())
                .anyMatch(c -> c.startsWith("ending not borne out") && c.contains("disputed"));
    }

    @Test
    void wrongFactsWithoutDigitsOrUnitsAreFlagged() {
        Scorecard six = LabelledCalls.score("holdout54", "snow-plow.md", "snow-plow-06.txt", "Dmitri V.", "Ruth Okafor");
        assertThat(six.invented()).anyMatch(f -> f.said().equals("seasonal contract 595") && f.type().equals("money"));
        Scorecard seven = LabelledCalls.score("holdout54", "snow-plow.md", "snow-plow-07.txt", "Dmitri", "Ruth");
        // "per-push is forty-five a time" (the card's $55), "Sign-up closes November 1" (the card's Friday, November 5)
        assertThat(seven.invented()).anyMatch(f -> f.type().equals("money") && f.said().startsWith("per-push is forty-five"));
        assertThat(seven.invented()).anyMatch(f -> f.type().equals("date") && f.said().equals("November 1"));
        // "Or per-push, $55, billed weekly." where the card bills at the end of each month
        assertThat(LabelledCalls.score("holdout54", "snow-plow.md", "snow-plow-08.txt", "Volkov", "Mrs. Okafor").invented())
                .anyMatch(f -> f.type().equals("cadence") && f.said().contains("billed weekly"));
        // "有磕碰的话您先签收" for the card's "有磕碰可以直接拒收"
        assertThat(LabelledCalls.score("holdout54", "delivery.md", "delivery-03.txt", "调度王芳", "刘洋").invented())
                .anyMatch(f -> f.type().equals("contradiction") && f.said().contains("签收"));
        // "我们包过的" (the card: 不能说“包过”), "照片带两张" (4张), "执照是终身有效的" (有效期2年)
        Scorecard wurenji = LabelledCalls.score("holdout54", "wurenji.md", "wurenji-06.txt", "唐顾问", "何志强");
        assertThat(wurenji.invented()).anyMatch(f -> f.said().contains("我们包过的"));
        assertThat(wurenji.invented()).anyMatch(f -> f.type().equals("count") && f.said().equals("2张"));
        assertThat(wurenji.invented()).anyMatch(f -> f.type().equals("claim") && f.said().contains("终身有效"));
    }

    @Test
    void aCadenceTheCardGivesPasses() {
        var card = new CardProfile(CardParser.parse(SNOW_PLOW), new dev.rolecall.text.BigramEmbedder());
        assertThat(card.cadences).containsExactly(Cadences.Cadence.MONTHLY);
        var turn = rep("Per-push is $55 a time, billed monthly.");
        assertThat(Cadences.unbacked(turn, card, java.util.List.of())).isEmpty();
        var weekly = rep("Per-push is $55 a time, billed every week.");
        assertThat(Cadences.unbacked(weekly, card, java.util.List.of())).hasSize(1);
        var rate = rep("Is monthly billing not possible?");
        assertThat(Cadences.unbacked(rate, card, java.util.List.of())).isEmpty();
    }

    /** "我们安排工作日上午给您送" where the card delivers weekday evenings only; "周末排满了" where both weekend days are open. */
    @Test
    void aSlotOutsideTheCardsHoursAndAFullWeekendAreFlagged() {
        Scorecard four = LabelledCalls.score("holdout54", "delivery.md", "delivery-04.txt", "顺达", "刘洋");
        assertThat(four.invented()).anyMatch(f -> f.type().equals("day") && f.said().equals("工作日上午"));
        assertThat(four.invented()).anyMatch(f -> f.type().equals("pressure") && f.said().contains("周末排满了"));
        var card = new CardProfile(CardParser.parse(Path.of("prompts/cards/delivery.md")), new dev.rolecall.text.BigramEmbedder());
        assertThat(card.dayParts.get(1).parts()).containsExactly(DayParts.Part.EVENING);
        assertThat(DayParts.outside(rep("工作日晚上七点给您送，您看行吗。"), card, java.util.List.of())).isEmpty();
        assertThat(DayParts.outside(rep("周六上午给您送。"), card, java.util.List.of())).isEmpty();
        assertThat(DayParts.outside(rep("工作日上午我们送不了。"), card, java.util.List.of())).isEmpty();
    }

    /** "周末也能单独上课" where the card's Q&A answers "能不能只周末上课？" with "不行". */
    @Test
    void aYesToWhatTheQandAAnswersNoIsFlagged() {
        assertThat(LabelledCalls.score("holdout54", "wurenji.md", "wurenji-08.txt", "小唐", "何哥").invented())
                .anyMatch(f -> f.type().equals("claim") && f.said().contains("周末也能单独上课") && f.card().startsWith("Q&A"));
        var card = new CardProfile(CardParser.parse(Path.of("src/test/resources/labelled/holdout54/cards/wurenji.md")),
                new dev.rolecall.text.BigramEmbedder());
        assertThat(DeniedAsks.unbacked(rep("周末不能单独上课，每天连续上。"), card, java.util.List.of())).isEmpty();
    }

    /** "行，我懂，村里有人多盖了一层被拆了。能便宜点不？" asks for a discount, which the rep's next turn gives as the card does. */
    @Test
    void aQuestionAfterAStatementIsAnsweredByItsOwnEntry() {
        assertThat(LabelledCalls.score("holdout55", "zijianfang.md", "zijianfang-01.txt", "罗佳怡", "郑国栋").critical()).isEmpty();
    }

    @Test
    void totalsCountsAndLengthsInWordsAreChecked() {
        // "您家330平算下来一万二千五百五" (the card's 11550元), "含五次修改" (含2次)
        assertThat(LabelledCalls.score("holdout55", "zijianfang.md", "zijianfang-07.txt", "罗佳怡", "郑先生").invented())
                .anyMatch(f -> f.type().equals("money") && f.said().equals("12550"));
        assertThat(LabelledCalls.score("holdout55", "zijianfang.md", "zijianfang-08.txt", "小罗", "郑国栋").invented())
                .anyMatch(f -> f.type().equals("count") && f.said().equals("含5次"));
        // "a twelve-foot run" (an 8-foot run), "about seven eggs a week each" (about 5), "about half a day" (about an hour)
        assertThat(LabelledCalls.score("holdout55", "hen-rental.md", "hen-rental-06.txt", "Priya", "Marcus").invented())
                .anyMatch(f -> f.type().equals("count") && f.said().equals("12 foot"));
        assertThat(LabelledCalls.score("holdout55", "hen-rental.md", "hen-rental-08.txt", "P. Nandakumar", "Marcus").invented())
                .anyMatch(f -> f.type().equals("count") && f.said().equals("7 eggs"));
        assertThat(LabelledCalls.score("holdout55", "isp-visit.md", "isp-visit-04.txt", "FiberLink Tom", "L. Park").invented())
                .anyMatch(f -> f.type().equals("duration") && f.said().equals("0.5 days"));
        assertThat(FactExtractor.extract("一共3次")).isEmpty();
    }

    @Test
    void aBookingOverADayNotPickedOrAThinkItOverIsNotBorneOut() {
        // "Wait, I didn't pick a day. And the HOA thing, you're sure?" (the "sure" of a question is no yes)
        assertThat(LabelledCalls.score("holdout55", "hen-rental.md", "hen-rental-07.txt", "Priya", "Marcus Bell").critical())
                .anyMatch(c -> c.startsWith("ending not borne out"));
        // "我说了，短信发我，我考虑好了再说。" → "好的，已经为您办好分期"
        assertThat(LabelledCalls.score("holdout55", "installment.md", "installment-04.txt", "信用卡中心周敏", "陈伟").critical())
                .anyMatch(c -> c.startsWith("ending not borne out") && c.contains("put it off"));
    }

    private static dev.rolecall.transcript.Turn rep(String text) {
        return new dev.rolecall.transcript.Turn(0, dev.rolecall.card.Role.CALLER, "Dmitri", text, 0, null, null, null, null, null, java.util.List.of());
    }

    @Test
    void endlessTermsNeedACardThatEndsThem() {
        assertThat(LabelledCalls.score("holdout54", "wurenji.md", "wurenji-01.txt", "唐晓雯", "何志强").invented())
                .noneMatch(f -> f.type().equals("claim"));
        var card = new CardProfile(CardParser.parse(SNOW_PLOW), new dev.rolecall.text.BigramEmbedder());
        var turn = rep("It took forever to plow last year, but that's fixed.");
        assertThat(EndlessTerms.unbacked(turn, card, java.util.List.of())).isEmpty();
    }
}
