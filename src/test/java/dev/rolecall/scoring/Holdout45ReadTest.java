package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the forty-fifth held-out set (smoked pork 腊肉 in Chinese, sheep shearing in English, plus delivery and english-support)
 * exposed on its first run: false flags in faithful calls.
 */
class Holdout45ReadTest {
    private static Scorecard score(String card, String file, String rep, String customer) {
        return LabelledCalls.score("holdout45", card, file, rep, customer);
    }

    /**
     * "• 潮湿天可能晚1–2天 • …": a bullet starts a clause, and a value the nearest card clause states ("天气太潮会晚一两天", 0.78) is
     * right though that clause is under the bar to overrule it.
     */
    @Test
    void aBulletedDelayIsTheCardsOwn() {
        Scorecard s = score("lawei.md", "lawei-02.txt", "川香坊", "罗阿姨");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("duration"));
    }

    /** "1月18号送的话1月30号周六前后": the card's 1月18日 delivery and its "腊肉…大概12天" worked out. */
    @Test
    void aPickUpDayWorkedOutFromTheCardIsNoInventedDate() {
        Scorecard s = score("lawei.md", "lawei-03.txt", "何客服", "罗秀英");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("date"));
    }

    /** "这个保证不了" denies the guarantee; what follows it ("改时间也不会另外通知的") is the claim. */
    @Test
    void aGuaranteeDeniedAfterTheWordIsNoPromise() {
        Scorecard s = score("delivery.md", "delivery-04.txt", "王芳", "刘洋");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("promise") && f.said().contains("保证不了"));
        assertThat(s.invented()).anyMatch(f -> f.type().equals("claim") && f.said().contains("不会另外通知"));
    }

    /**
     * "Twelve head at thirteen is one fifty-six, plus sixty-five, so $221. About five minutes a head, so an hour or so": a
     * count in words is a count, and a job's length is the card's per-head minutes said beside it times that count.
     */
    @Test
    void aQuoteWorkedOutPerHeadIsTheCards() {
        Scorecard s = score("shearing.md", "shearing-03.txt", "Colleen", "Walt Hendricks");
        assertThat(s.invented()).isEmpty();
        assertThat(FactExtractor.numbers("Twelve head at thirteen")).contains(12.0);
        assertThat(FactExtractor.numbers("比如十五斤腊肉十五斤香肠")).contains(15.0);
    }
}
