package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixty-fifth held-out set (sofa reupholstery in Chinese, sprinkler start-up in English, with clinic and renewal), read
 * after its blind first run: a pick by the name the other option extends ("换面吧" beside 换面加换芯), 保证 for the card's 确保, an
 * opening that names the purpose in another form of the card's word ("sprinkler startup" for "turning your sprinklers on"),
 * a deposit due today, open every day, and presence let off in other words.
 */
class Holdout65ReadTest {

    private static Scorecard sofa(String file, String rep) {
        return LabelledCalls.score("holdout65", "shafa-fanxin.md", file, rep, "罗建华");
    }

    private static Scorecard sprinkler(String file, String rep, String customer) {
        return LabelledCalls.score("holdout65", "sprinkler-startup.md", file, rep, customer);
    }

    @Test
    void faithfulCallsScoreAsFaithful() {
        // "换面吧，先换面" chose 换面翻新; "保证发票合规、服务不断" is the card's "确保发票合规与服务连续"; "calling about the sprinkler
        // startup you asked for" names the purpose: each had capped or cut an A call
        assertThat(sofa("shafa-fanxin-01.txt", "林晓雯").critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout65", "renewal.md", "renewal-01.txt", "李明", "张强").critical()).isEmpty();
        assertThat(sprinkler("sprinkler-startup-01.txt", "Marcus Webb", "Peg Sullivan").items().get("opening").score()).isEqualTo(1.0);
        assertThat(sprinkler("sprinkler-startup-02.txt", "Clearwater", "Peg").items().get("opening").score()).isEqualTo(1.0);
        // "The one with the test, I suppose." picks the startup with backflow test: the ending is borne out (a B call for its dodge)
        assertThat(sprinkler("sprinkler-startup-04.txt", "Marcus Webb", "Peg Sullivan").critical()).noneMatch(c -> c.contains("ending"));
        // a card figure said of another thing is shown against the clause it is wrong for, not a list holding the same value
        assertThat(LabelledCalls.score("holdout39", "teamkit.md", "teamkit-07.txt", "Kickline", "Tricia").invented())
                .filteredOn(f -> f.said().equals("3 weeks")).extracting(FactFlag::card).allMatch(c -> c.startsWith("nearest: "));
    }

    @Test
    void wrongTermsInWordsAreFlagged() {
        List<String> sofa = sofa("shafa-fanxin-06.txt", "林经理").invented().stream().map(FactFlag::said).toList();
        assertThat(sofa).contains("今天就得付", "我们天天开门，", "定金不退。", "取件那天家里不用留人，");
        List<String> water = sprinkler("sprinkler-startup-06.txt", "Marcus", "Peg Sullivan").invented().stream().map(FactFlag::said).toList();
        assertThat(water).contains("due by tonight", "and deposits aren't refundable.", "No need for anyone to be home,");
        assertThat(ClosedDays.open("我们天天开门")).hasSize(7);
        assertThat(ClosedDays.open("我们天天都在想办法")).isEmpty();
    }

    @Test
    void reassuranceAfterTheCustomerRaisedAStopCondition() {
        // the card: a gas smell or a sinking patch by the meter: don't book, keep off it, call the gas company
        List<String> gas = LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-07.txt", "Priya Shah", "Ray Delgado").invented()
                .stream().map(FactFlag::said).toList();
        assertThat(gas).anyMatch(s -> s.startsWith("You can keep parking right over it till we come"));
        assertThat(gas).anyMatch(s -> s.startsWith("No need, the gas company would just tell you the same"));
        // raised in two-character words ("插头那儿冒烟了…插座都熏黑了"): the reassurance after it is read, a word of comfort is not
        assertThat(sofa("shafa-fanxin-07.txt", "林晓雯").invented()).anyMatch(f -> f.said().contains("冒点烟烧不起来"));
        assertThat(LabelledCalls.score("holdout59", "shougongxie.md", "shougongxie-07.txt", "邓佳音", "罗先生").invented())
                .noneMatch(f -> f.said().startsWith("没事没事"));
        // a faithful call on the same card raises nothing, so nothing it says is read as reassurance
        assertThat(LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-01.txt", "Priya Shah", "Ray Delgado").invented()).isEmpty();
    }

    @Test
    void aPriceOrASlotHeldOnlyForToday() {
        assertThat(sofa("shafa-fanxin-08.txt", "林晓雯").invented()).anyMatch(f -> f.said().contains("今天不定，师傅就排满了"));
        assertThat(sprinkler("sprinkler-startup-08.txt", "Marcus", "Peg").invented()).anyMatch(f -> f.said().contains("The slots will be gone by tomorrow"));
        assertThat(LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-06.txt", "Priya", "Ray Delgado").invented())
                .anyMatch(f -> f.said().contains("I can only hold that price if you book today"));
        // "今天定材质+取章时间，两分钟" sets the call's agenda, and offers nothing for deciding today (holdout34's faithful kezhang-02)
        assertThat(LabelledCalls.score("holdout34", "kezhang.md", "kezhang-02.txt", "诚印何晓琳", "周总").invented()).isEmpty();
    }

    @Test
    void aQuotedPhraseUnderTheDontsIsNotToBeSaid() {
        // 禁止事项: "说“翻完跟新的一模一样”“比新买的还好”。"; the card's knowledge section quotes them too, after 不许说
        assertThat(sofa("shafa-fanxin-06.txt", "林经理").invented()).anyMatch(f -> f.said().startsWith("翻完跟新的一模一样"))
                .anyMatch(f -> f.said().startsWith("比新买的还好"));
        assertThat(CardProfile.withoutForbiddenQuotes("规矩：不许说“翻完跟新的一模一样”“比新买的还好”；不收现金。")).doesNotContain("一模一样");
        // the faithful calls say "不能说跟新的一模一样", which breaks nothing
        assertThat(sofa("shafa-fanxin-01.txt", "林晓雯").invented()).isEmpty();
    }
}
