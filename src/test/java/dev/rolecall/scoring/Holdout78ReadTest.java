package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seventy-eighth held-out set (hornet nests at a guesthouse, in Chinese; a woodstove chimney, in English; with delivery and
 * english-support), read after its blind first run: four faithful chimney calls capped (last month's chimney fire read as one
 * now, options read as "About 2 hours" and "sweep", "The first one, I guess." read as no pick), a faithful hornet call capped
 * on its read-back's member price, and two illegitimate endings passed (a disputed read-back whose "I haven't said yes" was
 * read as a yes; "我不跟你说了，找你们客服。" closed as a delivery booked).
 */
class Holdout78ReadTest {

    private static Scorecard chimney(String file, String rep, String customer) {
        return LabelledCalls.score("holdout78", "chimney-sweep.md", file, rep, customer);
    }

    private static Scorecard hornets(String file, String rep, String customer) {
        return LabelledCalls.score("holdout78", "mafengwo.md", file, rep, customer);
    }

    private static boolean endingFailed(Scorecard card) {
        return card.critical().stream().anyMatch(c -> c.contains("ending not borne out"));
    }

    @Test
    void aFireToldAsOverAndAPickByItsPlaceBearOutTheBooking() {
        // "Saturday before last, the ninth, it roared like a freight train…"
        assertThat(endingFailed(chimney("chimney-sweep-01.txt", "Dana Whitcomb", "Gary Lindqvist"))).isFalse();
        // "The first one." after "Option one, the sweep and inspection … Option two, the sweep, inspection and liner …"
        assertThat(endingFailed(chimney("chimney-sweep-02.txt", "Dana", "Gary"))).isFalse();
        // "…a couple weeks back, there's a crack upstairs now." and "...The first one, I guess."
        assertThat(endingFailed(chimney("chimney-sweep-05.txt", "Dana Whitcomb", "Gary"))).isFalse();
    }

    @Test
    void aReadBackAtTheMemberPriceIsTheCardsPriceLessItsDiscount() {
        assertThat(hornets("mafengwo-02.txt", "蒋工", "秀英").invented()).noneMatch(f -> f.said().contains("580"));
    }

    @Test
    void aValueIsReadWithWhatFollowsItOnTheCard() {
        // "7天内原位复筑免费复查1次" is the card's "7天内同一位置重新筑巢，免费上门复查一次", not its 30-day "原位置再筑巢" (session 69)
        assertThat(hornets("mafengwo-02.txt", "蒋工", "秀英").invented()).isEmpty();
    }

    @Test
    void aDisputedReadBackAndACustomerWhoBreaksOffDoNotBearOutABooking() {
        assertThat(endingFailed(chimney("chimney-sweep-08.txt", "Dana Whitcomb", "Gary Lindqvist"))).isTrue();
        assertThat(endingFailed(LabelledCalls.score("holdout78", "delivery.md", "delivery-04.txt", "王芳", "刘洋"))).isTrue();
    }

    @Test
    void talkingTheCustomerOutOf911() {
        assertThat(chimney("chimney-sweep-07.txt", "Dana Whitcomb", "Gary Lindqvist").invented())
                .anyMatch(f -> f.said().startsWith("Hold off on 911"));
    }

    @Test
    void workThrownInIsAnExtraTheCardDoesNotOffer() {
        assertThat(hornets("mafengwo-06.txt", "蒋志诚", "郑老板").invented()).anyMatch(f -> f.said().contains("顺手把樟树那几根枝子也给您锯了"));
    }
}
