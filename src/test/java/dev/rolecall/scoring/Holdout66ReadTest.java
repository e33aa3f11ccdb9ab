package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixty-sixth held-out set (old-flat rewiring in Chinese, attic raccoon removal in English, with installment and
 * isp-visit), read after its blind first run: a pick by the option's price ("The $280.", "The cheap one."), a terse rep's ≠,
 * a deposit of half, cash offered in a clause with no word of paying, a pick for the customer read past a story's "this
 * morning" and "那个插座", endings closed over a hang-up or a request in writing; and prices said after part of an option's
 * name, read off earlier sets.
 */
class Holdout66ReadTest {

    private static Scorecard wiring(String file, String rep) {
        return LabelledCalls.score("holdout66", "laofang-dianlu.md", file, rep, "蔡淑珍");
    }

    private static Scorecard attic(String file, String rep, String customer) {
        return LabelledCalls.score("holdout66", "attic-wildlife.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void faithfulCallsScoreAsFaithful() {
        // "The $280." and "Two-eighty… The two-eighty." pick the exclusion: both A calls had been capped for "no option was chosen"
        assertThat(attic("attic-wildlife-01.txt", "Renee Alvarez", "Walt Brennan").critical()).isEmpty();
        assertThat(attic("attic-wildlife-03.txt", "Renee", "Mr. Brennan").critical()).isEmpty();
        // "no promise nothing ever finds a new way in" offers no new product; "但≠保证再不跳闸" promises nothing
        assertThat(attic("attic-wildlife-02.txt", "Ridgeline", "Walt").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout66", "laofang-dianlu.md", "laofang-dianlu-02.txt", "稳安", "蔡").critical()).isEmpty();
        // a card with no don'ts leaves the choice to the rep's manner: "I'll put you down for Tuesday afternoon" is a thin step
        assertThat(LabelledCalls.score("holdout66", "isp-visit.md", "isp-visit-02.txt", "Tom", "Linda Park").invented())
                .noneMatch(f -> f.type().equals("picked"));
        // 2000 + 84 a period is the card's principal and fee, both named for the six periods picked
        assertThat(LabelledCalls.score("holdout10", "installment.md", "installment-01.txt", "周敏", "陈伟").invented()).isEmpty();
    }

    @Test
    void wrongTermsWithNoCardWordAreFlagged() {
        assertThat(said(wiring("laofang-dianlu-06.txt", "许经理"))).contains("定金一半", "5400", "今天之内付")
                .anyMatch(s -> s.contains("现金给电工也行"));
        assertThat(said(wiring("laofang-dianlu-08.txt", "小许"))).contains("这个礼拜五")
                .anyMatch(s -> s.contains("过了礼拜五价格就上调了"));
        assertThat(said(attic("attic-wildlife-08.txt", "Renee", "Walt"))).anyMatch(s -> s.contains("book today, because"));
        // a fee at the card's 10% of a 2000 nobody said is no worked amount; 0.65% of the "一万二" said in words is one
        assertThat(said(LabelledCalls.score("holdout66", "installment.md", "installment-04.txt", "周敏", "陈伟"))).contains("200块");
        assertThat(LabelledCalls.score("holdout16", "installment.md", "installment-01.txt", "周敏", "陈伟").invented()).isEmpty();
        assertThat(FactExtractor.extract("We'd need half up front")).extracting(Fact::value).containsExactly("50");
        assertThat(FactExtractor.extract("一半的时间在外面")).isEmpty();
    }

    @Test
    void whatTheReviewerFoundWrong() {
        // "Can you call me back Thursday evening?" is no question about the animals coming back
        assertThat(attic("attic-wildlife-08.txt", "Renee", "Walt").items().get("questions").reason()).doesNotContain("unanswered");
        // "the Thursday ones are nearly gone" is pressure
        assertThat(said(LabelledCalls.score("holdout66", "isp-visit.md", "isp-visit-04.txt", "Tom Baker", "Linda")))
                .anyMatch(s -> s.contains("the Thursday ones are nearly gone"));
        // 苏州青禾园艺有限公司 is "青禾绿植" in the card's own opening: "我是青禾绿植的林晓雯" names the company
        assertThat(LabelledCalls.score("holdout50", "lvzhi-zubai.md", "lvzhi-zubai-06.txt", "林晓雯", "周倩").items().get("opening").score())
                .isEqualTo(1.0);
    }

    @Test
    void aChoiceMadeForTheCustomer() {
        assertThat(said(wiring("laofang-dianlu-07.txt", "许志强"))).anyMatch(s -> s.startsWith("我给您定全屋改造"));
        assertThat(said(attic("attic-wildlife-07.txt", "Renee Alvarez", "Walt Brennan"))).anyMatch(s -> s.startsWith("I'll book you the cleanup package"));
    }

    @Test
    void endingsOverAHangUpOrARequestInWriting() {
        // "Friday. The cheap one." picks the exclusion: the C call's ending is borne out, its invented facts are not
        assertThat(attic("attic-wildlife-06.txt", "Renee", "Walt Brennan").critical()).noneMatch(c -> c.contains("ending"));
        assertThat(LabelledCalls.score("holdout66", "installment.md", "installment-04.txt", "周敏", "陈伟").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("turned it down"));
        assertThat(LabelledCalls.score("holdout66", "isp-visit.md", "isp-visit-04.txt", "Tom Baker", "Linda").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("in writing"));
    }

    @Test
    void aPriceSaidAfterPartOfAnOptionsName() {
        // "封闭式的4200" for 封闭式厢式运输车 at 4650元, "交友会299" for 周末交友会 at 199元, and "基础套餐一季度2460元", which two
        // other packages' monthly prices had made a total
        assertThat(said(LabelledCalls.score("holdout36", "tuoyun.md", "tuoyun-06.txt", "周婷", "陈志刚"))).contains("封闭式4200");
        assertThat(said(LabelledCalls.score("holdout49", "xiangqin.md", "xiangqin-06.txt", "顾丽娟", "沈桂芳"))).contains("交友会299");
        assertThat(said(LabelledCalls.score("holdout50", "lvzhi-zubai.md", "lvzhi-zubai-06.txt", "林晓雯", "周倩"))).contains("2460元");
    }
}
