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
}
