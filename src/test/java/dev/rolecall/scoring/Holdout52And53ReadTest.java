package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifty-second and fifty-third held-out sets (badminton courts and an estate sale; a racing-pigeon loft and a cord-blood
 * bank), read after their blind first runs: two faithful calls capped at 60 and five thin ones flagged, each for the card's
 * own words said another way or for the rep's own call-back day.
 */
class Holdout52And53ReadTest {
    @Test
    void aSlotBetweenTwoHoursIsAWindow() {
        assertThat(FactExtractor.extract("Friday, March 19, between 1 and 5. Which works?"))
                .anyMatch(f -> f.type() == Fact.Type.TIME_RANGE && f.value().equals("1:00-5:00"));
        assertThat(FactExtractor.extract("a crew of between 2 and 3 people")).noneMatch(f -> f.type() == Fact.Type.TIME_RANGE);
    }

    @Test
    void faithfulCallsAreNotCapped() {
        // "每人最多送十羽" for the card's "每位鸽友最多送10羽"
        assertThat(LabelledCalls.score("holdout53", "gongpeng.md", "gongpeng-01.txt", "孟晓雯", "韩建军").invented()).isEmpty();
        // "Fri Mar 19, 1–5 p.m." for "Friday, March 19, between 1 and 5"
        assertThat(LabelledCalls.score("holdout53", "cord-blood.md", "cord-blood-02.txt", "CVCB", "Rachel").invented()).isEmpty();
        // "…押金¥1000（到期退）｜每次送1桶球（12只）｜淋浴、更衣室免费。": the free showers are their own item
        assertThat(LabelledCalls.score("holdout52", "yumaoqiu-baochang.md", "yumaoqiu-baochang-02.txt", "羽跃", "张主管").invented())
                .isEmpty();
        // the plan chosen in the read-back's "方案是工作日晚场包月…对吗？" – "对，check过了。": the ending is borne out
        assertThat(LabelledCalls.score("holdout52", "yumaoqiu-baochang.md", "yumaoqiu-baochang-03.txt", "小徐", "张敏").critical())
                .isEmpty();
    }

    /** The day the rep will call back, true to the card's calendar, is not a card fact; "depends on the house" gives nothing. */
    @Test
    void theRepsOwnCallBackDayIsNotInvented() {
        assertThat(LabelledCalls.score("holdout52", "yumaoqiu-baochang.md", "yumaoqiu-baochang-05.txt", "徐经理", "张主管").invented())
                .isEmpty();
        assertThat(LabelledCalls.score("holdout52", "estate-sale.md", "estate-sale-05.txt", "Marcus (Hollis & Reed)", "Diane").invented())
                .isEmpty();
        assertThat(LabelledCalls.score("holdout53", "cord-blood.md", "cord-blood-05.txt", "Cedar Valley Cord Bank", "Rachel O.").invented())
                .isEmpty();
        assertThat(LabelledCalls.score("holdout52", "estate-sale.md", "estate-sale-04.txt", "Marcus Reed", "Diane Kowalski").invented())
                .isEmpty();
        assertThat(Weekdays.anchor("今天是3月15日周一下午。").getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }
}
