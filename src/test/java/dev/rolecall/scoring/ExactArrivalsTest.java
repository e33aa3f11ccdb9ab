package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wrong facts that carry a number and were read as right: an arrival promised to the minute inside the card's window, and a
 * service hotline said after 打 (labelled in earlier held-out sets, read in session 46).
 */
class ExactArrivalsTest {
    @Test
    void anArrivalToTheMinuteIsAPromiseTheCardDoesNotMake() {
        Scorecard wrong = LabelledCalls.score("holdout35", "dumpster.md", "dumpster-06.txt", "Renee Alvarez", "Tom Brennan");
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("promise") && f.said().contains("7 sharp"));
        Scorecard zh = LabelledCalls.score("holdout21", "gas-safety.md", "gas-safety-07.txt", "陈嘉怡", "王建国");
        assertThat(zh.invented()).anyMatch(f -> f.type().equals("promise") && f.said().contains("九点整"));
        // the same card's faithful call gives the window, and nothing to the minute
        Scorecard right = LabelledCalls.score("holdout35", "dumpster.md", "dumpster-01.txt", "Renee Alvarez", "Tom Brennan");
        assertThat(right.invented()).noneMatch(f -> f.card().contains("to the minute"));
    }

    @Test
    void aServiceNumberAfterDaIsAPhoneNumber() {
        Scorecard wrong = LabelledCalls.score("holdout43", "installment.md", "installment-03.txt", "周敏", "陈伟");
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("phone") && f.said().equals("95566"));
        assertThat(FactExtractor.extract("一共打了12000块")).noneMatch(f -> f.type() == Fact.Type.PHONE);
        assertThat(FactExtractor.extract("可以拨95588转人工")).anyMatch(f -> f.type() == Fact.Type.PHONE && f.value().equals("95588"));
    }
}
