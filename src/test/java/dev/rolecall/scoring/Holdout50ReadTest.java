package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fiftieth held-out set (an office-plant rental in Chinese, an SAT course in English, plus clinic and renewal), read after
 * its blind first run: three faithful calls capped at 60 or below, by a joining word read as a plan's name, a terse rep's
 * shorthand for the card's own hours, sessions and refund, and a consoling word read as a claim.
 */
class Holdout50ReadTest {
    @Test
    void theCardsOwnFiguresInOtherWordsAreRead() {
        // "ten one-hour sessions": the count, then the number hyphenated to its unit
        assertThat(FactExtractor.extract("Private tutoring is ten one-hour sessions."))
                .anyMatch(f -> f.type() == Fact.Type.DURATION && f.value().equals("60"));
        // "between 3:30 and 7:30" is a window, as "3:30–7:30 pm" is; two times joined by "and" are not
        assertThat(FactExtractor.extract("weekday afternoons between 3:30 and 7:30"))
                .anyMatch(f -> f.type() == Fact.Type.TIME_RANGE && f.value().equals("3:30-7:30"));
        assertThat(FactExtractor.extract("I can do 9:30 and 4:30 pm")).noneMatch(f -> f.type() == Fact.Type.TIME_RANGE);
        assertThat(WeeklyRuns.of("The group course is eight Saturday mornings, September 11 through October 30.")).containsExactly(8L);
        assertThat(WeeklyRuns.of("一共8个周六上午，每次三小时。")).containsExactly(8L);
        assertThat(WeeklyRuns.of("Visits are on Saturday mornings.")).isEmpty();
    }

    @Test
    void faithfulCallsAreNotCapped() {
        // "然后套餐有两种": 然后 joins the sentence; it names no plan
        assertThat(LabelledCalls.score("holdout50", "lvzhi-zubai.md", "lvzhi-zubai-01.txt", "林晓雯", "周倩").invented()).isEmpty();
        // "Totally normal for a first try." consoles; "the eight-week group course" is the card's "eight Saturday mornings"
        assertThat(LabelledCalls.score("holdout50", "sat-prep.md", "sat-prep-01.txt", "Daniel Ortiz", "Karen Whitfield").invented())
                .isEmpty();
        // "10 × 1-hr sessions", "weekdays 3:30–7:30 pm", "⚠ No score guarantee", "full before 1st session → 50% until 3rd"
        assertThat(LabelledCalls.score("holdout50", "sat-prep.md", "sat-prep-02.txt", "Summit", "Karen").invented()).isEmpty();
    }
}
