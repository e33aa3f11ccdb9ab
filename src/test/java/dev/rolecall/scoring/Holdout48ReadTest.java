package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-eighth held-out set (pressing a farmer's peanuts into oil in Chinese, a memorial brick in English), read after its
 * blind first run: prices in 毛 and 块, rates in 成, and four faithful calls capped at 60.
 */
class Holdout48ReadTest {
    @Test
    void pricesInMaoAndKuaiAndRatesInChengAreRead() {
        assertThat(FactExtractor.extract("热榨加工费7毛一斤")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("0.7"));
        assertThat(FactExtractor.extract("冷榨一块二一斤")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("1.2"));
        assertThat(FactExtractor.extract("给您抹个零，热榨算您五百整")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("500"));
        assertThat(FactExtractor.extract("出油率一般在三成五左右")).anyMatch(f -> f.type() == Fact.Type.PERCENT && f.value().equals("35"));
        assertThat(FactExtractor.extract("九成新，一毛不拔")).isEmpty();
        Scorecard wrong = LabelledCalls.score("holdout48", "zhayou.md", "zhayou-06.txt", "孙晓梅", "周长林");
        assertThat(wrong.invented()).anyMatch(f -> f.said().equals("7毛"));
        // the customer's question on the card ("出油率能不能保证四成？") backs no guarantee of it
        Scorecard promised = LabelledCalls.score("holdout48", "zhayou.md", "zhayou-07.txt", "孙晓梅", "周长林");
        assertThat(promised.invented()).anyMatch(f -> f.said().contains("出油率我们保证四成"));
        assertThat(FactExtractor.extract("通话一分钟一毛五")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("0.15"));
        assertThat(FactExtractor.extract("电费3毛一度")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("0.3"));
    }

    @Test
    void faithfulCallsAreNotCapped() {
        // 1块2一斤 on the card, ¥1.2/斤 in the call
        Scorecard symbols = LabelledCalls.score("holdout48", "zhayou.md", "zhayou-02.txt", "陈记油坊", "周叔");
        assertThat(symbols.invented()).isEmpty();
        // "明天，9月14号周二" counted from the card's today (2027年9月13日), though the card's own 周二 is the 21st
        Scorecard tomorrow = LabelledCalls.score("holdout48", "zhayou.md", "zhayou-05.txt", "晓梅", "周长林");
        assertThat(tomorrow.invented()).isEmpty();
        // "call me back Thursday, around eleven?" → "Thursday, March 11 at 11 a.m."
        Scorecard hour = LabelledCalls.score("holdout48", "memorial-brick.md", "memorial-brick-05.txt", "Harmon Park Conservancy", "Peg");
        assertThat(hour.invented()).isEmpty();
        // "I can't take a card number over the phone" rules out what the card rules out, not its card payments
        Scorecard phone = LabelledCalls.score("holdout48", "memorial-brick.md", "memorial-brick-03.txt", "Dana", "Mrs. Sullivan");
        assertThat(phone.invented()).noneMatch(f -> f.type().equals("channel"));
        // "油榨好免费放15天" for the card's "免费保管15天"
        Scorecard kept = LabelledCalls.score("holdout48", "zhayou.md", "zhayou-03.txt", "小孙", "老周");
        assertThat(kept.invented()).noneMatch(f -> f.type().equals("promise"));
    }
}
