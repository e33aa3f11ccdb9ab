package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fifty-sixth held-out set (a lion-dance troupe and a backyard ice rink, with clinic and renewal) and the fifty-seventh
 * (a ceramic-repair studio and a backyard barrel sauna, with delivery and english-support), read after their blind first
 * runs: faithful calls flagged for a card window that ends at noon, "100% refundable" and 工期四十五天; wrong facts said
 * after an option's short name, in a crew's size or a heater's kilowatts; yeses to what the Q&A refuses; a full refund, a
 * presence let off, a choice made for the customer.
 */
class Holdout56And57ReadTest {
    private static final Path WUSHI = Path.of("src/test/resources/labelled/holdout56/cards/wushi.md");
    private static final Path JUCI = Path.of("src/test/resources/labelled/holdout57/cards/juci.md");

    @Test
    void faithfulCallsKeepTheirScores() {
        // "8 to noon" is the card's "8 a.m. to noon", a window whose am is said on its first end
        assertThat(FactExtractor.extract("Saturday, November 27, 8 a.m. to noon"))
                .anyMatch(f -> f.type() == Fact.Type.TIME_RANGE && f.value().equals("8:00-12:00"));
        assertThat(LabelledCalls.score("holdout56", "backyard-rink.md", "backyard-rink-01.txt", "Owen Castellano", "Grace Whitfield")
                .invented()).isEmpty();
        // "100% refundable till Fri May 14" is the card's "Fully refundable until Friday, May 14"
        assertThat(LabelledCalls.score("holdout57", "barrel-sauna.md", "barrel-sauna-02.txt", "Cedar & Steam", "Tom").critical())
                .isEmpty();
        // 工期四十五天 is 45 days: 期 names a weekday only in 星期
        assertThat(ChineseNumbers.normalize("工期四十五天左右")).isEqualTo("工期45天左右");
        assertThat(ChineseNumbers.normalize("星期四十点")).isEqualTo("星期四10点");
        assertThat(LabelledCalls.score("holdout57", "juci.md", "juci-01.txt", "周雨桐", "沈建华").critical()).isEmpty();
    }

    @Test
    void wrongFactsAfterShortNamesAndInCrewsAreFlagged() {
        Scorecard six = LabelledCalls.score("holdout56", "wushi.md", "wushi-06.txt", "梁顾问", "黄志明");
        assertThat(six.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("双狮贺喜1680"));
        assertThat(six.invented()).anyMatch(f -> f.type().equals("count") && f.said().equals("8个锣鼓手"));
        // names that share a head or a tail are said by what differs: 采青 of 双狮采青, 金缮 of 金缮修复, "Classic" of Classic Barrel
        assertThat(new PricedNames(CardParser.parse(WUSHI).caller().raw()).in("套餐两个：贺喜1880，采青3380。", FactExtractor.extract("")))
                .anyMatch(f -> f.said().equals("采青3380"));
        assertThat(new PricedNames(CardParser.parse(JUCI).caller().raw()).in("金缮1180，锔钉680", FactExtractor.extract("")))
                .extracting(Fact::said).containsExactly("金缮1180", "锔钉680");
        Scorecard sauna = LabelledCalls.score("holdout57", "barrel-sauna.md", "barrel-sauna-06.txt", "Nadia", "Tom");
        assertThat(sauna.invented()).anyMatch(f -> f.type().equals("money") && f.said().startsWith("Classic Barrel is 6,900"));
        assertThat(sauna.invented()).anyMatch(f -> f.type().equals("count") && f.said().equals("10 kW"));
        // "install is about a week after that" where the card says about 3 weeks
        assertThat(FactExtractor.extract("install is about a week after that"))
                .anyMatch(f -> f.type() == Fact.Type.DURATION && f.said().equals("1 week"));
        assertThat(FactExtractor.extract("three times a week")).noneMatch(f -> f.type() == Fact.Type.DURATION);
    }

    /** "鞭炮没问题" and "可以的，进店转一圈更旺" to questions the card's Q&A answers "不行". */
    @Test
    void aYesToARefusedQuestionJustAskedIsFlagged() {
        Scorecard six = LabelledCalls.score("holdout56", "wushi.md", "wushi-06.txt", "梁顾问", "黄志明");
        assertThat(six.invented()).anyMatch(f -> f.type().equals("claim") && f.said().startsWith("鞭炮没问题"));
        assertThat(six.invented()).anyMatch(f -> f.type().equals("claim") && f.said().startsWith("可以的，进店转一圈更旺"));
        var card = new CardProfile(CardParser.parse(WUSHI), new dev.rolecall.text.BigramEmbedder());
        assertThat(DeniedAsks.unbacked(rep("这个不行，狮子不进店，只在门口表演。"), card, List.of(), "狮子能进店里转一圈吗？")).isEmpty();
        assertThat(DeniedAsks.unbacked(rep("可以，我们提前30分钟到。"), card, List.of(), "能帮我们放鞭炮吗？")).isEmpty();
        // "女儿可以陪您来" to "女儿能陪我进去吗？" (不能进登记室，可以在一楼等): the lobby the card allows
        assertThat(LabelledCalls.score("holdout44", "yizhu.md", "yizhu-01.txt", "周晓雯", "冯德厚").invented()).isEmpty();
    }

    @Test
    void rulesWithoutNumbersAreFlagged() {
        // "开业前取消定金都全退" where the card refunds half, and nothing inside 3 days
        Scorecard six = LabelledCalls.score("holdout56", "wushi.md", "wushi-06.txt", "梁顾问", "黄志明");
        assertThat(six.invented()).anyMatch(f -> f.said().contains("定金都全退"));
        // "You don't need anyone home for the install" where an adult must be home; a card that waives it backs it
        assertThat(LabelledCalls.score("holdout56", "backyard-rink.md", "backyard-rink-07.txt", "Owen Castellano", "Mrs. W.").invented())
                .anyMatch(f -> f.type().equals("contradiction") && f.said().contains("don't need anyone home"));
        assertThat(LabelledCalls.score("holdout35", "dumpster.md", "dumpster-01.txt", "Renee Alvarez", "Tom Brennan").invented())
                .noneMatch(f -> f.said().contains("home"));
        // "金缮放微波炉也没关系的" against the script's "修好后别放微波炉"
        assertThat(LabelledCalls.score("holdout57", "juci.md", "juci-06.txt", "周客服", "沈建华").invented())
                .anyMatch(f -> f.type().equals("contradiction") && f.said().contains("放微波炉也没关系"));
        // "改约随时打电话都行，改几次都免费" where the card allows one free change by 6 pm the day before
        assertThat(LabelledCalls.score("holdout57", "delivery.md", "delivery-04.txt", "顺达物流", "刘洋").invented())
                .anyMatch(f -> f.type().equals("claim") && f.said().contains("改几次都免费"));
    }

    /** The option or the day the customer never chose, booked by the rep. */
    @Test
    void aChoiceMadeForTheCustomerIsFlagged() {
        assertThat(LabelledCalls.score("holdout57", "juci.md", "juci-07.txt", "周雨桐", "沈先生").invented())
                .filteredOn(f -> f.type().equals("picked")).extracting(FactFlag::said)
                .containsExactly("那就金缮吧，", "我给您约10月16日周六下午2点到4点取件，");
        assertThat(LabelledCalls.score("holdout56", "wushi.md", "wushi-07.txt", "梁嘉欣", "黄先生").invented())
                .anyMatch(f -> f.type().equals("picked") && f.said().startsWith("那我给您定9月18日"));
        assertThat(LabelledCalls.score("holdout57", "barrel-sauna.md", "barrel-sauna-07.txt", "Nadia Brennan", "Mr. K").invented())
                .anyMatch(f -> f.type().equals("picked") && f.said().contains("Tuesday, April 20"));
        // a day the customer named, or one read back after she picked it, is hers
        assertThat(LabelledCalls.score("holdout56", "backyard-rink.md", "backyard-rink-01.txt", "Owen Castellano", "Grace Whitfield")
                .invented()).noneMatch(f -> f.type().equals("picked"));
    }

    private static dev.rolecall.transcript.Turn rep(String text) {
        return new dev.rolecall.transcript.Turn(0, dev.rolecall.card.Role.CALLER, "梁嘉欣", text, 0, null, null, null, null, null, List.of());
    }
}
