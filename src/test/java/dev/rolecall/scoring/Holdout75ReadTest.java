package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-fifth held-out set (loose facade tiles on a self-built house, taken down by rope access, in Chinese; warehouse
 * pallet racking inspected and guarded, in English; with delivery and english-support), read after its blind first run, and
 * the questions the seventy-fourth's reviewer found brushed off yet counted answered: a faithful call capped because "Please
 * stop picking from that bay" was read as doing what the card forbids, two bookings failed because "Inspection." and "那就先
 * 做检测吧" were not read as choosing the plain option, "改期也好、取消也好，都退不了" passed, and replies that move on to the script
 * (the rooms, the two services, the date) counted as answering the question they passed over.
 */
class Holdout75ReadTest {

    private static Scorecard rack(String file, String rep, String customer) {
        return LabelledCalls.score("holdout75", "pallet-rack.md", file, rep, customer);
    }

    private static Scorecard tiles(String file, String rep, String customer) {
        return LabelledCalls.score("holdout75", "waiqiangzhuan.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    private static Double questions(Scorecard card) {
        return card.items().get("questions").score();
    }

    @Test
    void stopIsANo() {
        // the card's own answer, "Please stop picking from that bay and the ones on either side…", breaks no rule of it
        assertThat(rack("pallet-rack-01.txt", "Dana Okafor", "Frank Delgado").critical()).isEmpty();
    }

    @Test
    void thePlainOptionByTheWordBothShare() {
        // "Inspection. I'll see what the report says before I buy guards." beside "Inspection plus protection"
        assertThat(rack("pallet-rack-03.txt", "Dana", "Mr. Delgado").critical()).isEmpty();
        // "那就先做检测吧" for 空鼓检测 beside 检测加排险: the plain option ends with the base the other starts with
        assertThat(tiles("waiqiangzhuan-06.txt", "郑顾问", "林美珠").critical()).noneMatch(c -> c.contains("was chosen"));
    }

    @Test
    void noRefundEvenOnCancelling() {
        assertThat(said(tiles("waiqiangzhuan-06.txt", "郑顾问", "林美珠"))).anyMatch(s -> s.contains("都退不了"));
    }

    @Test
    void theScriptGoingOnIsNoAnswer() {
        // "We're still picking from it. Is that okay till you come?" → "Mm — noted, I'll flag that for the inspector. Now, dates…"
        assertThat(questions(rack("pallet-rack-04.txt", "Dana Okafor", "Frank"))).isZero();
        // "can I have my son-in-law patch that hole in the garage floor?" → "Let me run you through the rooms real quick. …"
        assertThat(questions(LabelledCalls.score("holdout74", "safe-room.md", "safe-room-05.txt", "Kayla", "Gene W."))).isZero();
        // "自己刷一刷行不行？" → "哦，水箱是在楼顶那个对吧。那我给您说说两种做法哈…": a question back, then the options
        assertThat(questions(LabelledCalls.score("holdout74", "shuixiang.md", "shuixiang-05.txt", "小梁", "何桂芬"))).isZero();
    }

    @Test
    void aScriptLineThatCarriesTheAnswerIsOne() {
        // "你们不会把俺的花生换了吧？" → "这个您放心，您的花生单独一锅，不跟别人的拼，送来过一次磅…": the card's answer, said as its step line
        assertThat(questions(LabelledCalls.score("holdout48", "zhayou.md", "zhayou-01.txt", "孙晓梅", "周长林"))).isEqualTo(1.0);
    }

    @Test
    void aTurnAsksWithItsQuestion() {
        // "那加防护的就是九百二……就做加防护。啥时候能来？" asks when, not the card's "一定要做加防护吗？"
        assertThat(questions(LabelledCalls.score("holdout74", "shuixiang.md", "shuixiang-01.txt", "梁晓彤", "何桂芬"))).isEqualTo(1.0);
    }
}
