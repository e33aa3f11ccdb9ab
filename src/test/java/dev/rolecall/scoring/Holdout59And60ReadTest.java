package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fifty-ninth held-out set (a bespoke-shoe shop in Chinese, a tree-care firm in English, with clinic and renewal) and the
 * sixtieth (a sea-fishing charter, an oak-floor refinisher, with delivery and english-support), read after their blind first
 * runs: faithful calls capped at 60 (a balance paid by check, a "never … or …", "≠ dust-free"), wrong things said with no unit
 * or no number (a price after a name, a closing day, a visit in person let off, a sum insured), and the goal claimed after the
 * customer raised what a stop condition covers.
 */
class Holdout59And60ReadTest {
    private static final Path SHOES = Path.of("src/test/resources/labelled/holdout59/cards/shougongxie.md");

    @Test
    void faithfulCallsAreNotCapped() {
        // "Balance at the end, card or check — crew takes no cash." where the card's balance is "card or check"
        assertThat(LabelledCalls.score("holdout59", "tree-pruning.md", "tree-pruning-02.txt", "Oakline", "Nell").critical()).isEmpty();
        // "We never top a tree or use spikes on a living one": the never covers what "or" joins
        assertThat(LabelledCalls.score("holdout59", "tree-pruning.md", "tree-pruning-03.txt", "Marcus", "Mrs. Hatcher").critical())
                .isEmpty();
        assertThat(LabelledCalls.score("holdout59", "shougongxie.md", "shougongxie-01.txt", "邓佳音", "罗国庆").critical()).isEmpty();
    }

    /** The highest-scored C call of all (holdout32's clinic-04, 98.5), read while checking the tiers. */
    @Test
    void aSymptomEndingWithoutSymptomsAndARateRangeFail() {
        Scorecard four = LabelledCalls.score("holdout32", "clinic.md", "clinic-04.txt", "陈静", "赵建国");
        // "漱口水…一天五六次都行" where the card says 每天3次
        assertThat(four.invented()).anyMatch(f -> f.said().equals("1天5到6次"));
        // "患者出现异常症状，已安排尽快回院检查" after "挺好的，…没出血也没烧"
        assertThat(four.critical()).anyMatch(c -> c.contains("reported no such symptom"));
        assertThat(FactExtractor.extract("一天吃两次")).anyMatch(f -> f.type() == Fact.Type.COUNT && f.value().equals("2 次"));
        // a patient who reports symptoms bears the condition out
        assertThat(LabelledCalls.score("holdout11", "clinic.md", "clinic-02.txt", "陈静", "赵建国").critical())
                .noneMatch(c -> c.contains("ending not borne out"));
    }

    @Test
    void wrongThingsWithoutAUnitOrANumberAreFlagged() {
        Scorecard six = LabelledCalls.score("holdout59", "shougongxie.md", "shougongxie-06.txt", "佳音", "罗国庆");
        // 德比鞋 priced on the card as "德比鞋是头层黄牛皮，…，2680元"
        assertThat(six.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("德比鞋2380"));
        // closed on Tuesdays where the card closes on Mondays
        assertThat(six.invented()).anyMatch(f -> f.said().contains("我们周二休息"));
        // a photo instead of measuring in person, which the card requires
        assertThat(six.invented()).anyMatch(f -> f.type().equals("contradiction") && f.said().contains("照片发过来也行"));
        assertThat(LabelledCalls.score("holdout59", "shougongxie.md", "shougongxie-08.txt", "鞋坊小邓", "罗国庆").invented())
                .anyMatch(f -> f.type().equals("contradiction") && f.said().contains("不用量脚"));
        assertThat(LabelledCalls.score("holdout58", "cansibei.md", "cansibei-08.txt", "小林", "何秀兰").invented())
                .anyMatch(f -> f.said().contains("下周一我们店休"));
        assertThat(ClosedDays.of("营业时间10:00–19:00，每周一休息。")).containsExactly(1);
        assertThat(ClosedDays.of("We're closed on Sundays; Saturdays we're open till noon.")).containsExactly(7);
        assertThat(ClosedDays.of("周一也不行，周二不休息")).isEmpty();
        assertThat(new PricedNames(CardParser.parse(SHOES).caller().raw()).in("德比鞋2680，牛津鞋3680元", FactExtractor.extract("")))
                .extracting(Fact::said).contains("德比鞋2680");
    }

    @Test
    void theGoalAfterAStopConditionRaisedFails() {
        // "the floor's gone soft, kind of spongy, and there's a musty smell" then a booked visit: condition 4 says don't book
        assertThat(LabelledCalls.score("holdout60", "floor-refinish.md", "floor-refinish-07.txt", "Dana Whitfield", "Mr. B.").critical())
                .anyMatch(c -> c.contains("raised condition 4"));
        // faithful calls keep their endings: "the black stains by the back door" (one word), "验出问题开发商不认" (one word, twice)
        assertThat(LabelledCalls.score("holdout60", "floor-refinish.md", "floor-refinish-02.txt", "Grainworks", "Hal").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout51", "yanfang.md", "yanfang-03.txt", "程工", "韩雪").critical())
                .noneMatch(c -> c.contains("raised"));
        assertThat(LabelledCalls.score("holdout60", "haidiao.md", "haidiao-01.txt", "许晓峰", "韦志刚").critical()).isEmpty();
    }

    @Test
    void hyphenatedWordsNotToSayAndSumsInsured() {
        // 'we say "dust-contained", never "dust-free"': "Dust-contained ≠ dust-free" keeps it, "completely dust-free" breaks it
        assertThat(LabelledCalls.score("holdout60", "floor-refinish.md", "floor-refinish-02.txt", "Grainworks", "Hal").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout60", "floor-refinish.md", "floor-refinish-06.txt", "Dana", "Hal Brenner").invented())
                .anyMatch(f -> f.said().contains("completely dust-free"));
        // 意外险保额一百万 is money (the card's 50万元), not a phone number
        assertThat(FactExtractor.extract("意外险保额一百万")).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo(Fact.Type.MONEY));
        assertThat(FactExtractor.extract("外海全天船整船3680")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("3680"));
    }

    @Test
    void aRefundToTheLastMomentIsFlagged() {
        // "refundable right up to the morning of the job" where the card refunds up to 48 hours before
        assertThat(LabelledCalls.score("holdout59", "tree-pruning.md", "tree-pruning-06.txt", "Marcus", "Nell").invented())
                .anyMatch(f -> f.said().contains("refundable right up to the morning"));
        assertThat(LabelledCalls.score("holdout60", "floor-refinish.md", "floor-refinish-06.txt", "Dana", "Hal Brenner").invented())
                .anyMatch(f -> f.said().contains("refundable right up until the morning"));
        // the card's own "refundable up to 48 hours before the job" passes
        assertThat(LabelledCalls.score("holdout59", "tree-pruning.md", "tree-pruning-01.txt", "Marcus Bell", "Eleanor Hatcher").critical())
                .isEmpty();
    }
}
