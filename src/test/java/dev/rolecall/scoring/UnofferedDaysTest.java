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

    /** A weekend sentence that names its day works that day alone; a customer's question in the Q&A works none. */
    @Test
    void aCardsWeekendIsTheDayItNamesAndItsQuestionsNameNone() {
        assertThat(UnofferedDays.ofCard("Q: Can you do it on a weekend? A: Weekend visits are only on Saturday mornings.").toString())
                .isEqualTo("{6}");
        assertThat(UnofferedDays.ofCard("周末全天都可以。").toString()).isEqualTo("{6, 7}");
        assertThat(UnofferedDays.ofCard("这周六、周日都可以送，周末全天都可以。").toString()).isEqualTo("{6, 7}");
        assertThat(UnofferedDays.deniedBy("机采周一到周六8:30到17:00，周日不开机采。").toString()).isEqualTo("{7}");
    }

    /** isp-visit's weekend is Saturday morning: holdout23's C call offers Sundays too. */
    @Test
    void aSundayOnASaturdayOnlyCardIsFlagged() {
        Scorecard c = LabelledCalls.score("holdout23", "isp-visit.md", "isp-visit-03.txt", "Agent", "Customer");
        assertThat(c.invented()).filteredOn(f -> f.type().equals("day")).extracting(FactFlag::said)
                .anyMatch(s -> s.contains("Sundays"));
    }

    /**
     * A day the card works, denied: delivery's rep says "周日不送货" though the card offers 这周六、周日. A day the card itself
     * denies ("周日不开"), or one the customer ruled out first, is not flagged.
     */
    @Test
    void aDayTheCardWorksSaidToBeClosedIsFlagged() {
        Scorecard c = LabelledCalls.score("holdout25", "delivery.md", "delivery-03.txt", "王芳", "刘洋");
        assertThat(c.invented()).filteredOn(f -> f.type().equals("day")).extracting(FactFlag::said)
                .anyMatch(s -> s.contains("周日不送货"));
        for (String[] a : new String[][] {{"holdout26", "xueye.md", "xueye-01.txt", "林晓雯", "邓志刚"},
                {"holdout24", "usedcar.md", "usedcar-01.txt", "Priya Nair", "Owen Brooks"},
                {"holdout10", "tradein.md", "tradein-01.txt", "何佳", "谢国栋"}}) {
            assertThat(LabelledCalls.score(a[0], a[1], a[2], a[3], a[4]).invented()).as(a[2]).noneMatch(f -> f.type().equals("day"));
        }
    }

    /**
     * On a card that offers dated slots (4月16号周五 or 4月18号周日), "4月17号周六" is a slot it never offered. The rep's own
     * call-back day and a day the card names without its month ("周日19号") are not.
     */
    @Test
    void aDatedSlotTheCardNeverOffersIsInvented() {
        Scorecard c = LabelledCalls.score("holdout38", "yumiao.md", "yumiao-06.txt", "罗志刚", "吴德贵");
        assertThat(c.invented()).extracting(FactFlag::said).anyMatch(s -> s.contains("4月17号"));
        Scorecard b = LabelledCalls.score("holdout48", "memorial-brick.md", "memorial-brick-05.txt", "Harmon Park Conservancy", "Peg");
        assertThat(b.invented()).extracting(FactFlag::said).noneMatch(s -> s.contains("March 11"));
        Scorecard a = LabelledCalls.score("holdout23", "wardrobe.md", "wardrobe-01.txt", "周敏", "陈浩");
        assertThat(a.invented()).extracting(FactFlag::said).noneMatch(s -> s.contains("4月19号"));
    }

    /**
     * A day the card works, denied or cut to one part of it, is explained by the card sentence that works it, so a reviewer
     * need not open the card: delivery's "周日不送货" and "周末只送下午" quote the script's "这周六、周日都可以送…上午9点到12点和
     * 下午2点到6点" and the Q&A's "周末全天都可以"; isp-visit's "Saturdays we only do afternoons" quotes "Weekend visits are only on Saturday mornings".
     */
    @Test
    void aDayFlagQuotesTheCardSentenceThatWorksTheDay() {
        FactFlag denied = dayFlag(LabelledCalls.score("holdout25", "delivery.md", "delivery-03.txt", "王芳", "刘洋"), "周日不送货");
        assertThat(denied.card()).startsWith("the card works Sun: ").contains("周日").contains("送");
        FactFlag cut = dayFlag(LabelledCalls.score("holdout36", "delivery.md", "delivery-03.txt", "王芳", "刘洋"), "周末只送下午");
        assertThat(cut.card()).startsWith("the card's hours on Sat: ").contains("周末全天都可以");
        FactFlag english = dayFlag(LabelledCalls.score("holdout31", "isp-visit.md", "isp-visit-03.txt", "FiberLink Tom", "Linda Park"),
                "only do afternoons");
        assertThat(english.card()).startsWith("the card's hours on Sat: ").containsIgnoringCase("saturday morning");
    }

    private static FactFlag dayFlag(Scorecard c, String said) {
        return c.invented().stream().filter(f -> f.type().equals("day") && f.said().contains(said)).findFirst()
                .orElseThrow(() -> new AssertionError("no day flag on " + said + ": " + c.invented()));
    }
}
