package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** A weekday the card never names, offered as a day the service runs, is invented; the days a card names are read whole. */
class UnofferedDaysTest {
    private static String days(String text) {
        BitSet b = UnofferedDays.named(text);
        return b.toString();
    }

    @Test
    void rangesWorkdaysAndWeekendsAreReadAsTheDaysTheyName() {
        assertThat(days("周一到周五上门，周六只上午")).isEqualTo("{1, 2, 3, 4, 5, 6}");
        assertThat(days("Visits run Monday–Friday")).isEqualTo("{1, 2, 3, 4, 5}");
        assertThat(days("Tue or Thu slots")).isEqualTo("{2, 4}");
        assertThat(days("工作日9点到18点")).isEqualTo("{1, 2, 3, 4, 5}");
        assertThat(days("weekends only")).isEqualTo("{6, 7}");
        assertThat(days("每天8点到20点")).isEqualTo("{1, 2, 3, 4, 5, 6, 7}");
        assertThat(days("明天上午十点")).isEqualTo("{}");
    }

    /** The isp-visit card offers two weekdays and one weekend day; holdout37's C call offers others. */
    @Test
    void daysTheCardNeverOffersAreFlaggedAndItsOwnAreNot() {
        Scorecard c = LabelledCalls.score("holdout37", "isp-visit.md", "isp-visit-03.txt", "Tom Baker", "Linda Park");
        assertThat(c.invented()).filteredOn(f -> f.type().equals("day")).extracting(FactFlag::said)
                .anyMatch(s -> s.contains("Monday or Wednesday"));
        Scorecard a = LabelledCalls.score("holdout37", "isp-visit.md", "isp-visit-01.txt", "Tom Baker", "Linda Park");
        assertThat(a.invented()).noneMatch(f -> f.type().equals("day"));
    }

    /** "送苗前一天，也就是周六": the day before the card's Sunday delivery, worked out, not a day offered. */
    @Test
    void theDayBeforeACardDayIsWorkedOut() {
        Scorecard s = LabelledCalls.score("holdout38", "yumiao.md", "yumiao-01.txt", "罗志刚", "吴德贵");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("day"));
    }
}
