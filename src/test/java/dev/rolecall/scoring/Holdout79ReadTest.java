package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seventy-ninth held-out set (at-home training for a food-guarding dog, in Chinese; a failing railroad-tie retaining wall, in
 * English; with installment and isp-visit), read after its blind first run: two faithful dog calls capped at 50 (the member price
 * 810 worked out by the customer and confirmed; the 60-minute assessment read against the 90-minute lessons beside it), a
 * faithful wall call capped on "And the fence and the insurance:" heading a denial, "the rebuild" read as no pick, a bare
 * "两千八" after a price passed, and an option with no date closed as booked.
 */
class Holdout79ReadTest {

    private static Scorecard dog(String file, String rep, String customer) {
        return LabelledCalls.score("holdout79", "xunquan.md", file, rep, customer);
    }

    private static Scorecard wall(String file, String rep, String customer) {
        return LabelledCalls.score("holdout79", "retaining-wall.md", file, rep, customer);
    }

    private static boolean endingFailed(Scorecard card) {
        return card.critical().stream().anyMatch(c -> c.contains("ending not borne out"));
    }

    @Test
    void theMemberPriceIsTheCardsPriceLessItsAmountOffSaidInWords() {
        // "仁心动物医院的会员减一百五" … "那就是八百一。" – "对对，八百一十块。"
        assertThat(dog("xunquan-03.txt", "晓峰", "丁慧敏").invented()).isEmpty();
        // "60分钟评估+2次矫正课（每次90分钟）" and "对，810。"
        assertThat(dog("xunquan-02.txt", "卢教练", "丁老师").invented()).isEmpty();
    }

    @Test
    void aBareNumberAfterAPriceIsTheNextPrice() {
        // "评估加两次课六百八，八次的两千八": 加 names the option, it adds nothing up
        assertThat(dog("xunquan-06.txt", "卢晓峰", "周太太").invented()).anyMatch(f -> f.said().contains("两千八"));
    }

    @Test
    void aHeadingForADenialSaysNothingForbidden() {
        assertThat(wall("retaining-wall-01.txt", "Trevor Haines", "Denise Harlan").invented())
                .noneMatch(f -> f.said().contains("fence"));
    }

    @Test
    void theRebuildPicksTheSectionRebuild() {
        // "Saturday. And the rebuild, I suppose." (a C call for its facts; its ending holds)
        assertThat(endingFailed(wall("retaining-wall-06.txt", "Trevor Haines", "Mrs. Harlan"))).isFalse();
    }

    @Test
    void anOptionWithTheDayPutOffIsNoBooking() {
        // "那就八次吧。时间我得看看课表…晚上我再跟你说。" → "好嘞，那就定下来了"
        assertThat(endingFailed(dog("xunquan-08.txt", "卢晓峰", "丁慧敏"))).isTrue();
    }
}
