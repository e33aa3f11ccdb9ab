package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixty-seventh held-out set (outdoor air-conditioner brackets in Chinese, a lead-paint inspection in English, with
 * delivery and english-support), read after its blind first run: a poisoned child booked for an inspection, red lines quoted
 * in 「」, work promised object first (把空调修好) or from a list of things the business does not do, cash said to "work
 * too", a crew said to work on the card's closed day, and picks said as a bare part of an option's name.
 */
class Holdout67ReadTest {

    private static Scorecard bracket(String file, String rep, String customer) {
        return LabelledCalls.score("holdout67", "kongtiao-zhijia.md", file, rep, customer);
    }

    private static Scorecard paint(String file, String rep, String customer) {
        return LabelledCalls.score("holdout67", "lead-paint.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void aStopConditionSaidInAParentsWords() {
        // "a heat gun", "thrown up twice", "so sleepy" raise the card's "heat-gunning… vomiting or unusual tiredness"
        Scorecard poisoned = paint("lead-paint-07.txt", "Dana Whitfield", "Jasmine Ortiz");
        assertThat(poisoned.critical()).anyMatch(c -> c.contains("ending not borne out") && c.contains("condition 4"));
        assertThat(said(poisoned)).anyMatch(s -> s.contains("A few chips won't hurt him"));
        // "Should I scrape a bit off…?" asks whether to; with "He chews on everything" it raises nothing
        assertThat(paint("lead-paint-03.txt", "Dana", "Ms. Ortiz").critical()).isEmpty();
    }

    @Test
    void redLinesInCornerQuotesAndObjectFirst() {
        assertThat(said(bracket("kongtiao-zhijia-06.txt", "罗经理", "彭建国")))
                .anyMatch(s -> s.contains("换完绝对不会掉"))
                .anyMatch(s -> s.contains("一辈子不用管"))
                .anyMatch(s -> s.contains("把空调修好"))
                .anyMatch(s -> s.contains("瓷砖我们也一起补了"));
        // the card's own "空调本身我们不修" and the faithful calls' "外墙瓷砖和防水不在我们范围里" break none of them
        assertThat(bracket("kongtiao-zhijia-01.txt", "罗文静", "彭建国").critical()).isEmpty();
    }

    @Test
    void workTheCardDoesNotDoAndCashSaidToWork() {
        assertThat(said(paint("lead-paint-06.txt", "Dana W.", "Jasmine")))
                .anyMatch(s -> s.contains("repaint them the same day"))
                .anyMatch(s -> s.contains("finger-prick blood test"))
                .anyMatch(s -> s.contains("Cash to the inspector works too"))
                .anyMatch(s -> s.contains("our inspectors work Sundays now"));
        assertThat(paint("lead-paint-01.txt", "Dana Whitfield", "Jasmine Ortiz").critical()).isEmpty();
    }

    @Test
    void theSameKindsInSetsReadBefore() {
        // cash said to do as well, with no word of paying
        assertThat(said(LabelledCalls.score("holdout28", "studio.md", "studio-06.txt", "Jess Okafor", "Tyler Nguyen")))
                .anyMatch(s -> s.contains("cash is fine too"));
        assertThat(said(LabelledCalls.score("holdout63", "chujiaquan.md", "chujiaquan-06.txt", "小林", "何建平")))
                .anyMatch(s -> s.contains("现金也行"));
        // the object first: "把燃气报警器也一起装上", "修好了微波炉洗碗机都能进"
        assertThat(said(LabelledCalls.score("holdout21", "gas-safety.md", "gas-safety-07.txt", "陈嘉怡", "王建国")))
                .anyMatch(s -> s.contains("燃气报警器也一起装上"));
        assertThat(said(LabelledCalls.score("holdout46", "jinshan.md", "jinshan-06.txt", "林晓雯", "周振华")))
                .anyMatch(s -> s.contains("微波炉洗碗机都能进"));
    }

    @Test
    void whatTheReviewerFoundMissedOrWrong() {
        // a deposit "交了就不退" on a card that refunds it up to 24 hours before: the deadline to pay is no condition of it
        assertThat(said(bracket("kongtiao-zhijia-06.txt", "罗经理", "彭建国"))).anyMatch(s -> s.contains("交了就不退"));
        // an end condition ("客户要求退定金或不想再联系") is no refund line that says no
        assertThat(said(LabelledCalls.score("holdout23", "wardrobe.md", "wardrobe-07.txt", "周敏", "陈浩")))
                .anyMatch(s -> s.contains("定金是不退的"));
        // what the card allows ("有磕碰可以直接拒收") said to be ruled out; not the faithful "能不能放得下" or "不能在营位上烤"
        Scorecard refusal = LabelledCalls.score("holdout67", "delivery.md", "delivery-03.txt", "王芳", "刘洋");
        assertThat(said(refusal)).anyMatch(s -> s.contains("签收了就不能拒收"));
        assertThat(LabelledCalls.score("holdout14", "delivery.md", "delivery-02.txt", "王芳", "刘洋").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout42", "yingdi.md", "yingdi-03.txt", "叶顾问", "顾建峰").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout37", "zhiyuan.md", "zhiyuan-01.txt", "梁思雨", "孙丽娟").critical()).isEmpty();
        // the question was answered, wrongly: the wrong answer is the error, not an unanswered question
        assertThat(refusal.critical()).noneMatch(c -> c.contains("unanswered question"));
        // the card's quoted line with a comma in it, said word for word
        assertThat(said(paint("lead-paint-08.txt", "Dana", "Jasmine")))
                .anyMatch(s -> s.contains("book today, your kids are breathing it right now"));
        // "Not renewing. Goodbye." after "please don't call me again", closed as a think-it-over
        assertThat(LabelledCalls.score("holdout67", "english-support.md", "english-support-04.txt", "Sarah Lee", "Mark Davis").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("turned it down"));
        // "your files within seven days" names no weekday
        assertThat(LabelledCalls.score("holdout28", "studio.md", "studio-06.txt", "Jess Okafor", "Tyler Nguyen").critical())
                .noneMatch(c -> c.contains("invented day"));
    }

    @Test
    void anHourWithNoHalfOfTheDay() {
        // "Doors are at five" and "drop-off at seven" where the card gives no time at five or seven
        assertThat(said(LabelledCalls.score("holdout20", "concert.md", "concert-06.txt", "Dana Whitfield", "Luis Ortega")))
                .anyMatch(s -> s.contains("Doors are at five"));
        assertThat(said(LabelledCalls.score("holdout10", "vet-dental.md", "vet-dental-06.txt", "Erin", "Martin")))
                .anyMatch(s -> s.contains("drop-off at seven"));
        // the card's own hours said bare are right: every faithful call of this set keeps its critical list empty
        assertThat(paint("lead-paint-01.txt", "Dana Whitfield", "Jasmine Ortiz").critical()).isEmpty();
    }

    @Test
    void aQuestionPutOff() {
        // "Let's focus on the renewal first." answers nothing, and a later turn about the renewal does not either
        assertThat(LabelledCalls.score("holdout67", "english-support.md", "english-support-02.txt", "Sarah", "Mark Davis")
                .items().get("questions").score()).isEqualTo(0.0);
        assertThat(LabelledCalls.score("holdout28", "isp-visit.md", "isp-visit-02.txt", "Tom", "Linda").items().get("questions")
                .reason()).contains("unanswered");
        // nor does a put-off settle a step the customer asked about: the safety questions of step 2 stay missed
        assertThat(paint("lead-paint-04.txt", "Dana Whitfield", "Jasmine").items().get("steps").reason()).contains("missed step 2");
        // while a question the rep takes up still does ("3期呢？" → "3期每期本金4000…您看选几期？")
        assertThat(LabelledCalls.score("holdout4", "installment.md", "installment-02.txt", "周敏", "陈伟").items().get("steps").score())
                .isEqualTo(1.0);
    }

    @Test
    void picksAndOkaysThatEndedCallsFalsely() {
        // "Saturday. The inspection." picks the lead inspection beside the inspection with risk assessment
        assertThat(paint("lead-paint-06.txt", "Dana W.", "Jasmine").critical()).noneMatch(c -> c.contains("ending"));
        // "移位。" picks 换架移位; "好，挂了。" after the slot is confirmed turns nothing down
        assertThat(bracket("kongtiao-zhijia-03.txt", "罗顾问", "彭师傅").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout67", "delivery.md", "delivery-02.txt", "王调度", "刘先生").critical())
                .noneMatch(c -> c.contains("ending"));
    }
}
