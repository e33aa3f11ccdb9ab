package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the forty-fourth held-out set (a will registration in Chinese, a vinyl pressing order in English) exposed on its first
 * run: four false flags in faithful calls and wrong facts in C calls that went unread.
 */
class Holdout44ReadTest {
    private static Scorecard score(String card, String file, String rep, String customer) {
        return LabelledCalls.score("holdout44", card, file, rep, customer);
    }

    /** "您女儿可以送您来" is the card's "子女可以陪您来": 送您来 takes him there, it gives nothing. */
    @Test
    void drivingSomeoneThereIsNoGift() {
        assertThat(score("yizhu.md", "yizhu-03.txt", "周专员", "冯大爷").invented()).isEmpty();
    }

    /** "~3 wks after cut → 7 days to approve → …": each arrow starts a clause, so the seven days are the card's approval. */
    @Test
    void aTerseTimelineIsReadStepByStep() {
        assertThat(score("vinyl-pressing.md", "vinyl-pressing-02.txt", "Groove Hollow", "Eli").invented()).isEmpty();
    }

    /** "I always like to go through everything in order" is the rep's habit, not a rule of the service. */
    @Test
    void theRepsOwnHabitIsNoClaim() {
        assertThat(score("vinyl-pressing.md", "vinyl-pressing-04.txt", "Dana Whitlock", "Eli Marchetti").invented()).isEmpty();
    }

    /**
     * A card's don'ts back no promise: the car-wash card's "Never promise the refund sooner than 5 to 7 business days" and
     * the like had backed "I'll throw in two free months" (holdout23's carwash-07).
     */
    @Test
    void aDontOfTheCardBacksNoPromise() {
        Scorecard s = LabelledCalls.score("holdout23", "carwash.md", "carwash-07.txt", "Dana Ruiz", "Marcus Hill");
        assertThat(s.invented()).anyMatch(f -> f.type().equals("promise") && f.said().contains("free months"));
    }

    /** "freight to Chicago is eighty-five flat" is a price in words (the card's is $95). */
    @Test
    void aFlatPriceInWordsIsChecked() {
        Scorecard s = score("vinyl-pressing.md", "vinyl-pressing-08.txt", "Dana Whitlock", "Eli Marchetti");
        assertThat(s.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("$85"));
    }

    /** "12月15号到期" where the card's account expires 2025-01-01; "改时间提前一天说一声就行" where it says 提前48小时. */
    @Test
    void anExpiryDateAndADaysNoticeAreCheckedAgainstTheCards() {
        Scorecard renewal = score("renewal.md", "renewal-03.txt", "李明", "张强");
        assertThat(renewal.invented()).anyMatch(f -> f.type().equals("date") && f.said().equals("12月15号"));
        Scorecard will = score("yizhu.md", "yizhu-06.txt", "周晓雯", "冯德厚");
        assertThat(will.invented()).anyMatch(f -> f.type().equals("duration") && f.said().equals("1天"));
    }

    /**
     * Two of its six illegitimate endings went unread: "Then no. Forget it. … Don't book anything." and "I just said no." before
     * "Great, Eli. The summary's on its way"; "我说了周二不行啊" to a read-back of Tuesday, closed "短信马上发您，10月见".
     */
    @Test
    void aRefusalOrACorrectionBeforeTheClosingFailsTheGoal() {
        Scorecard vinyl = score("vinyl-pressing.md", "vinyl-pressing-07.txt", "Dana", "Eli");
        assertThat(vinyl.critical()).anyMatch(c -> c.contains("ending not borne out") && c.contains("turned it down"));
        assertThat(vinyl.invented()).anyMatch(f -> f.type().equals("agreement"));
        Scorecard will = score("yizhu.md", "yizhu-07.txt", "周晓雯", "冯德厚");
        assertThat(will.critical()).anyMatch(c -> c.contains("ending not borne out") && c.contains("我说了周二不行"));
    }

    /**
     * A requirement waived is a claim to check: "签个字就行，不用去公证" (holdout20's handover-06); "这个您不用太担心" is comfort,
     * not a claim (holdout24's installment-02).
     */
    @Test
    void aRequirementWaivedIsAClaimAndComfortIsNot() {
        Scorecard waived = LabelledCalls.score("holdout20", "handover.md", "handover-06.txt", "周雨桐", "孙志远");
        assertThat(waived.invented()).anyMatch(f -> f.type().equals("claim") && f.said().contains("不用去公证"));
        Scorecard comfort = LabelledCalls.score("holdout24", "installment.md", "installment-02.txt", "客户经理", "持卡人");
        assertThat(comfort.invented()).noneMatch(f -> f.said().contains("不用太担心"));
    }
}
