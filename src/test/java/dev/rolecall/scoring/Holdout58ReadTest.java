package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifty-eighth held-out set (a silk-quilt shop and a garage organizer, with installment and isp-visit), read after its
 * blind first run: endings closed against what the customer last asked for, a dodge read as an answer, a free visit said to
 * cost, and wrong figures in forms the scorer did not read (a 95xxx line, 两斤半, an age limit, a total after 总共才).
 */
class Holdout58ReadTest {

    @Test
    void endingsAgainstTheCustomersLastWordsFail() {
        // "Forget it… Don't call me again." closed with the text-the-slots line: "call me again" is no call-back request
        assertThat(LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-04.txt", "Tom B.", "Linda").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("turned it down"));
        // "下礼拜一下午打给我。" closed with the refusal line of "客户明确不要，或者让别再打电话"
        assertThat(LabelledCalls.score("holdout58", "cansibei.md", "cansibei-08.txt", "小林", "何秀兰").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("asked to be called back"));
        // a faithful call back keeps its ending
        assertThat(LabelledCalls.score("holdout58", "cansibei.md", "cansibei-05.txt", "桑田丝坊林晓雯", "何秀兰").critical()).isEmpty();
        assertThat(CallWords.refusalCondition("客户明确不要，或者让别再打电话")).isTrue();
    }

    @Test
    void aDodgedRefundQuestionIsUnanswered() {
        // "Do I get anything back for this week?" asks the Q&A's refund; "Let's get the visit sorted first." answers nothing
        Scorecard two = LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-02.txt", "FiberLink", "Linda");
        assertThat(two.items().get("questions").score()).isZero();
        assertThat(CallWords.defers("Let's get the visit sorted first. Tuesday or Thursday?")).isTrue();
        assertThat(CallWords.defers("这个您先别担心，先定款式吧？")).isTrue();
        assertThat(CallWords.defers("Let's get you booked in for Tuesday.")).isFalse();
    }

    @Test
    void wrongFiguresInOtherFormsAreFlagged() {
        // the visit is free on the card: "might cost a bit" is a charge it does not make
        assertThat(LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-04.txt", "Tom B.", "Linda").invented())
                .anyMatch(f -> f.said().contains("might cost a bit"));
        Scorecard three = LabelledCalls.score("holdout58", "installment.md", "installment-03.txt", "周经理", "陈伟");
        assertThat(three.invented()).extracting(FactFlag::said).contains("95558", "432");
        assertThat(LabelledCalls.score("holdout58", "cansibei.md", "cansibei-06.txt", "小林客服", "何秀兰").invented())
                .anyMatch(f -> f.said().equals("2斤半"));
        assertThat(LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-03.txt", "Tom", "Ms. Park").invented())
                .anyMatch(f -> f.said().equals("Someone over 16"));
        // and their right forms pass
        assertThat(LabelledCalls.score("holdout58", "installment.md", "installment-01.txt", "周敏", "陈伟").invented()).isEmpty();
        assertThat(LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-01.txt", "Tom Baker", "Linda Park").invented()).isEmpty();
        assertThat(FactExtractor.extract("冷榨一块二一斤，六块一斤")).noneMatch(f -> f.type() == Fact.Type.WEIGHT);
        assertThat(FactExtractor.extract("团费95000，孩子6岁")).noneMatch(f -> f.type() == Fact.Type.PHONE || f.type() == Fact.Type.COUNT);
    }

    @Test
    void aStepAskedAfterAnAnswerInOneTurnIsCovered() {
        Scorecard two = LabelledCalls.score("holdout58", "cansibei.md", "cansibei-02.txt", "桑田丝坊", "何阿姨");
        assertThat(two.items().get("steps").score()).isEqualTo(1.0);
    }
    /** Session 69: a bare price after a priced item, and rescheduling opened up to the slot itself. */
    @Test
    void aBarePriceAfterAPricedItemAndRescheduleAnyTimeBeforeTheSlot() {
        // "春秋被2斤，1280元；冬被4斤，2680" (the card's winter quilt is 2280元; 2280 + 4 × 100 adds nothing up here)
        assertThat(LabelledCalls.score("holdout58", "cansibei.md", "cansibei-08.txt", "小林", "何秀兰").invented())
                .anyMatch(f -> f.said().contains("2680"));
        // "If you can't make it, just call us any time before the slot" (the card: at least four hours before)
        assertThat(LabelledCalls.score("holdout58", "isp-visit.md", "isp-visit-03.txt", "Tom", "Ms. Park").invented())
                .anyMatch(f -> f.said().contains("any time before the slot"));
        // notice said as "an hour before" is read against the card's four hours, not its hour-long repair
        assertThat(LabelledCalls.score("holdout52", "isp-visit.md", "isp-visit-03.txt", "Tom", "Linda Park").invented())
                .anyMatch(f -> f.said().contains("1 hour") || f.said().contains("an hour before"));
        // "落地18盆＋桌面30盆＋前台花艺1组": each count in its own item (holdout50's faithful lvzhi-zubai-02)
        assertThat(LabelledCalls.score("holdout50", "lvzhi-zubai.md", "lvzhi-zubai-02.txt", "青禾绿植", "周经理").invented()).isEmpty();
    }
}
