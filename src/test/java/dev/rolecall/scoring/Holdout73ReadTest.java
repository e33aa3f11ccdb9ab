package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-third held-out set (a crystal-chandelier cleaning visit, in Chinese; blown-in attic insulation, in English; with
 * installment and isp-visit), read after its blind first run: three faithful calls capped (a list of what is not done with its
 * "不做" after it, a terse "1-yr" warranty, a call-back hour read as a slot); in the flawed calls, prices passed as worked out
 * from a while ("两个钟头") or a warranty's years taken for a count, a weekday after a dash and a date offered as the other slot
 * not read, a closed day the card names to close it read as worked, an emergency told in the customer's own words not read as
 * raised, and certainties the card says it cannot give ("灯肯定掉不下来", "the ice dams are done for good") taken as backed, and "the
 * bigger one" not read as choosing the dearer of two options.
 */
class Holdout73ReadTest {

    private static Scorecard lamp(String file, String rep, String customer) {
        return LabelledCalls.score("holdout73", "diaodeng.md", file, rep, customer);
    }

    private static Scorecard attic(String file, String rep, String customer) {
        return LabelledCalls.score("holdout73", "blown-insulation.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void faithfulCallsKeepTheirScore() {
        // "买新灯、修吊顶、改电线、楼梯栏杆、外墙灯，不做。": the no after the list
        assertThat(lamp("diaodeng-02.txt", "明澈钱", "甘").critical()).isEmpty();
        // "~4 hrs, 1-yr workmanship warranty": the card's "4 hours… 1-year workmanship warranty" in a terse rep's units
        assertThat(attic("blown-insulation-02.txt", "Lakeshore", "D. Kessler").critical()).isEmpty();
        // "When's a good time for me to call you back?" … "How about Wednesday, October 20, at 11 a.m.?": the call-back's hour
        assertThat(attic("blown-insulation-05.txt", "Marcus", "Mrs. Kessler").critical()).isEmpty();
    }

    @Test
    void pricesAreNotWorkedOutFromAWhileOrAWarrantysYears() {
        // "清洗检修收三百八，两个钟头就够；加固那档1580": 2 × 150 + 2 × 40 and 1280 + 2 × 150 had passed as worked out
        assertThat(said(lamp("diaodeng-06.txt", "钱顾问", "甘秀琴"))).contains("380", "1580");
        // "The top-up's only $950 … with a ten-year warranty": $85 × 10 + $100
        List<String> attic = said(attic("blown-insulation-06.txt", "M. Delgado", "Dorothy"));
        assertThat(attic).anyMatch(s -> s.contains("950"));
        // "Friday morning — the twenty-first. Or Sunday, October 24, Sundays are no problem for our guys." (Thursday the 21st;
        // the card offers the 21st and the 23rd and is closed on Sunday)
        assertThat(attic).contains("the 21st", "October 24").anyMatch(s -> s.contains("Sundays are no problem"));
        // "You'll be toasty upstairs and the ice dams are done for good": the card says it cannot promise either
        assertThat(attic).anyMatch(s -> s.contains("done for good"));
    }

    @Test
    void oneOfTwoOptionsPickedByHowItCompares() {
        // "Alright, the bigger one, then." after the top-up and the air-seal job: the dearer option is chosen
        assertThat(attic("blown-insulation-06.txt", "M. Delgado", "Dorothy").critical()).noneMatch(c -> c.contains("was chosen"));
    }

    @Test
    void aCertaintyTheCardSaysNotToGive() {
        assertThat(said(lamp("diaodeng-06.txt", "钱顾问", "甘秀琴"))).anyMatch(s -> s.contains("灯肯定掉不下来"));
    }

    @Test
    void anEmergencyToldInTheCustomersOwnWords() {
        // sparks, the ceiling plate half down, a fall from the ladder with neck pain: four of the card's two-character words
        List<String> advice = said(lamp("diaodeng-07.txt", "钱嘉怡", "秀琴"));
        assertThat(advice).anyMatch(s -> s.contains("总闸不用拉"));
        assertThat(advice).anyMatch(s -> s.contains("扶叔叔起来"));
        assertThat(advice).anyMatch(s -> s.contains("找根绳子"));
    }
}
