package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wrong prices the card's own words give away (labelled in earlier held-out sets, read in session 47): a number right after an
 * option the card prices, a surcharge per unit, and "free" said of what the card sells.
 */
class PricedThingsTest {
    @Test
    void aNumberRightAfterAPricedOptionIsItsPrice() {
        Scorecard wrong = LabelledCalls.score("holdout47", "xingshi.md", "xingshi-06.txt", "梁嘉欣", "何国强");
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("双狮迎宾2880"));
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("三狮采青4180"));
        // the card's own prices, said the same way, are right
        Scorecard right = LabelledCalls.score("holdout47", "xingshi.md", "xingshi-08.txt", "梁嘉欣", "何国强");
        assertThat(right.invented()).noneMatch(f -> f.said().contains("2680") || f.said().contains("4380"));
    }

    @Test
    void theNamesAreTheOptionsNotTheTalkAroundThem() {
        PricedNames names = new PricedNames("""
                - “第一个是双狮迎宾：两头狮子，一共8个人，2680块。”
                - “另一种是钢管井，每米160元。”
                - “跟您确认一下：双狮迎宾，2680块，对吗？”
                - “要加印的话，每本加80元。”""");
        assertThat(names.names()).containsExactly("双狮迎宾", "钢管井");
        // a unit after the number makes it something else: a count, a time, an area
        assertThat(names.in("钢管井20000尾", List.of())).isEmpty();
        assertThat(names.in("双狮迎宾、10点28", List.of())).isEmpty();
        assertThat(names.in("钢管井是一百八，", List.of())).singleElement().extracting(Fact::value).isEqualTo("180");
        // a price per pair in words: 四百八 and then 一对, not 401
        assertThat(ChineseNumbers.normalize("标准款双层四百八一对")).contains("480 1对");
        assertThat(ChineseNumbers.normalize("最高那档六百一个月")).contains("600 1个月");
    }

    @Test
    void aSurchargePerUnitIsMoney() {
        assertThat(FactExtractor.extract("没电梯每层加20。")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("20"));
        assertThat(FactExtractor.extract("每天加2次")).noneMatch(f -> f.type() == Fact.Type.MONEY);
        Scorecard wrong = LabelledCalls.score("holdout28", "delivery.md", "delivery-03.txt", "王芳", "刘洋");
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("20"));
    }

    @Test
    void freeSaidOfWhatTheCardSellsIsAPromise() {
        Scorecard zh = LabelledCalls.score("holdout45", "delivery.md", "delivery-04.txt", "王芳", "刘洋");
        assertThat(zh.invented()).anyMatch(f -> f.said().contains("旧沙发清运给您免费"));
        Scorecard en = LabelledCalls.score("holdout24", "usedcar.md", "usedcar-06.txt", "Priya Nair", "Owen Brooks");
        assertThat(en.invented()).anyMatch(f -> f.said().contains("Premium for free"));

        FreeClaims card = new FreeClaims("沙发送到后师傅免费上门安装，大概30分钟。如果需要搬走旧沙发，可以加50元旧家具清运服务。"
                + " A soundbar bracket under the TV is $39 extra. Delivery is free.");
        assertThat(card.unbacked(caller("师傅免费上门安装沙发。"), List.of())).isEmpty(); // the card frees it
        assertThat(card.unbacked(caller("旧沙发清运不是免费的，要加50元。"), List.of())).isEmpty(); // denied
        assertThat(card.unbacked(caller("Delivery is free, and I can throw the soundbar bracket in free."), List.of()))
                .singleElement().satisfies(f -> assertThat(f.card()).contains("$39"));
        // free as in available or welcome, not as in no charge
        assertThat(card.unbacked(caller("Feel free to call me about the soundbar bracket."), List.of())).isEmpty();
        assertThat(card.unbacked(caller("The installer is free Tuesday for the soundbar bracket."), List.of())).isEmpty();
        // a light word shared by chance names no thing: "Pump-out only is $385" says nothing of digging the lid out
        FreeClaims septic = new FreeClaims("Pump-out only is $385, and the report comes the same day.");
        assertThat(septic.unbacked(caller("And we dig the lid out for free."), List.of())).isEmpty();
    }

    private static Turn caller(String text) {
        return new Turn(0, Role.CALLER, "rep", text, 0, null, null, null, null, null, List.of());
    }
}
