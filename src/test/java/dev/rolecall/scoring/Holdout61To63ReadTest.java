package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.GoalChoice;
import org.junit.jupiter.api.Test;

/**
 * The sixty-first held-out set (a termite-control centre in Chinese, a stairlift firm in English, with installment and
 * isp-visit), the sixty-second (a bathroom-leak repairer in Chinese, a marina winterizing boats in English, with clinic and renewal) and the
 * sixty-third (formaldehyde removal in Chinese, gutter cleaning in English, with delivery and english-support), read after their
 * blind first runs, and the wrong numbers in words the earlier sets' misses held: faithful calls capped (a plan
 * picked by part of its name, a warranty said as the card writes it, an hour the customer proposed), endings the last turns do
 * not bear out, and tons, clock times in words, money knocked off, visits a week.
 */
class Holdout61To63ReadTest {

    @Test
    void faithfulCallsAreNotCapped() {
        // "那就诱杀系统吧" picks 全屋诱杀监测系统
        Scorecard one = LabelledCalls.score("holdout61", "baiyi.md", "baiyi-01.txt", "方雅琴", "陈国梁");
        assertThat(one.critical()).isEmpty();
        // "…巡检，保3年": the card's own "诱杀系统保3年", though the sentence sits nearest the card's installing one
        assertThat(LabelledCalls.score("holdout61", "baiyi.md", "baiyi-03.txt", "方雅琴", "陈老师").critical()).isEmpty();
        // "re: stairlift" names the purpose where the card's opening shares only "hello", "minutes" and "stairlift"
        assertThat(LabelledCalls.score("holdout61", "stairlift.md", "stairlift-02.txt", "Summit", "Ruth").items().get("opening").score())
                .isEqualTo(1.0);
        // "Say six?" said back as "six p.m."
        assertThat(LabelledCalls.score("holdout34", "closing.md", "closing-01.txt", "Priya Nair", "Dan Whitaker").critical()).isEmpty();
    }

    @Test
    void endingsTheLastTurnsDoNotBearOutFail() {
        // "Call me Monday, after ten." … "Monday. After ten. Please." closed with the refusal line
        assertThat(LabelledCalls.score("holdout61", "stairlift.md", "stairlift-08.txt", "Summit Megan", "Ruth Delaney").critical())
                .anyMatch(c -> c.contains("asked to be called back"));
        // "Text. Me. The options. Bye." closed as booked, no yes to anything in the call
        assertThat(LabelledCalls.score("holdout61", "isp-visit.md", "isp-visit-04.txt", "FiberLink Tom", "Linda Park").critical())
                .anyMatch(c -> c.contains("asked for it in writing"));
        // "不办。挂了。" closed as set up
        assertThat(LabelledCalls.score("holdout61", "installment.md", "installment-04.txt", "周敏", "陈先生").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("turned it down"));
    }

    @Test
    void theDontsSectionsItemsAreRedLines() {
        Scorecard six = LabelledCalls.score("holdout61", "baiyi.md", "baiyi-06.txt", "小方", "陈国梁");
        // "- 说保证断根、一次根治。" and "- 说药无毒、对人和宠物没害。" under 禁止事项; "不说"保证断根""一次根治"" in a line of rules
        assertThat(six.invented()).anyMatch(f -> f.type().equals("contradiction") && f.said().contains("保证断根"));
        assertThat(six.invented()).anyMatch(f -> f.type().equals("contradiction") && f.said().contains("一次根治"));
        assertThat(six.invented()).anyMatch(f -> f.type().equals("contradiction") && f.said().contains("无毒"));
        // open on Sundays where the card's centre closes on Sundays
        assertThat(six.invented()).anyMatch(f -> f.said().contains("我们周末都开门"));
        assertThat(Contradictions.sayItemsAsDonts("禁止事项\n- 说保证断根、一次根治。\n- 收现金或个人微信转账。"))
                .isEqualTo("不能说“保证断根”\n不能说“一次根治”\n");
        // "- Use "today only" or other deadline pressure."
        Scorecard eight = LabelledCalls.score("holdout61", "stairlift.md", "stairlift-08.txt", "Summit Megan", "Ruth Delaney");
        assertThat(eight.invented()).anyMatch(f -> f.type().equals("contradiction") && f.said().contains("today only"));
        assertThat(ClosedDays.open("and we're open Sundays too.")).containsExactly(7);
        assertThat(ClosedDays.open("我们周末都开门")).containsExactlyInAnyOrder(6, 7);
        assertThat(ClosedDays.open("Sunday afternoon, we work weekends.")).containsExactlyInAnyOrder(6, 7);
        // the faithful calls say none of it
        assertThat(LabelledCalls.score("holdout61", "baiyi.md", "baiyi-02.txt", "安居白蚁", "陈生").invented()).isEmpty();
        assertThat(LabelledCalls.score("holdout61", "stairlift.md", "stairlift-01.txt", "Megan Costa", "Ruth Delaney").invented()).isEmpty();
    }

    @Test
    void holdout62sPicksPricesAndOpenDaysAreRead() {
        // "I'll take the wrap" and "Heated." pick "Shrink-wrap and outdoor storage" and "Indoor heated storage"
        assertThat(LabelledCalls.score("holdout62", "boat-winterize.md", "boat-winterize-01.txt", "Carla Nunes", "Walter Brennan")
                .critical()).isEmpty();
        assertThat(LabelledCalls.score("holdout62", "boat-winterize.md", "boat-winterize-03.txt", "Carla", "Mr. Brennan").critical())
                .isEmpty();
        // "局部注浆1680" for the card's 局部注浆堵漏 at 1980元; "周末都能约" where the centre closes on Sundays
        assertThat(LabelledCalls.score("holdout62", "fangshui.md", "fangshui-06.txt", "小宋", "吴素芬").invented())
                .anyMatch(f -> f.said().equals("局部注浆1680"));
        assertThat(LabelledCalls.score("holdout62", "fangshui.md", "fangshui-08.txt", "宋佳怡", "吴素芬").invented())
                .anyMatch(f -> f.said().contains("周末都能约"));
        assertThat(LabelledCalls.score("holdout62", "fangshui.md", "fangshui-01.txt", "宋佳怡", "吴素芬").critical()).isEmpty();
    }

    @Test
    void holdout63sPicksAndAnExtraTurnedDown() {
        // "……那就便宜的吧" picks the cheaper plan; "I think the cleaning, at least this year." picks "Fall cleaning"
        assertThat(LabelledCalls.score("holdout63", "chujiaquan.md", "chujiaquan-04.txt", "林晓雯", "何建平").critical())
                .noneMatch(c -> c.contains("was chosen"));
        assertThat(LabelledCalls.score("holdout63", "gutter-clean.md", "gutter-clean-01.txt", "Dana Whitfield", "Margaret Kowalski")
                .critical()).isEmpty();
        // "旧沙发清运加50元，您要不要？" – "……算了，不要了。" turns the extra down, not the delivery; "我说了不要了，取消。" turns it down
        assertThat(LabelledCalls.score("holdout63", "delivery.md", "delivery-02.txt", "王芳", "刘洋").critical()).isEmpty();
        // "Well, then the guards." picks "Cleaning plus micro-mesh guards"
        assertThat(GoalChoice.of("Margaret has chosen an option and a visit slot, and you've read them back",
                CardParser.parse(java.nio.file.Path.of("src/test/resources/labelled/holdout63/cards/gutter-clean.md")).caller())
                .pickedByPart("Well, then the guards.")).isTrue();
        assertThat(GoalChoice.of("Margaret has chosen an option and a visit slot, and you've read them back",
                CardParser.parse(java.nio.file.Path.of("src/test/resources/labelled/holdout63/cards/gutter-clean.md")).caller())
                .pickedByPart("I don't want guards.")).isFalse();
        assertThat(LabelledCalls.score("holdout63", "delivery.md", "delivery-04.txt", "王芳", "刘洋").critical())
                .anyMatch(c -> c.contains("turned it down"));
        // "到期后数据能保留多久？" – "这个您不用担心，我们系统很稳定的" answers nothing (holdout62)
        assertThat(LabelledCalls.score("holdout62", "renewal.md", "renewal-02.txt", "长江李明", "张强").items().get("questions").score())
                .isZero();
    }

    @Test
    void wrongValuesInWordsAreRead() {
        assertThat(FactExtractor.extract("a twenty-yard includes five tons")).anyMatch(f -> f.type() == Fact.Type.WEIGHT);
        assertThat(FactExtractor.extract("arrival at ten p.m.")).anyMatch(f -> f.type() == Fact.Type.TIME && f.value().equals("22:00"));
        assertThat(FactExtractor.extract("seven to seven-thirty in the morning"))
                .anyMatch(f -> f.type() == Fact.Type.TIME_RANGE && f.value().equals("7:00-7:30"));
        assertThat(FactExtractor.extract("The truck comes between eight and eleven."))
                .anyMatch(f -> f.type() == Fact.Type.TIME_RANGE && f.value().equals("8:00-11:00"));
        assertThat(FactExtractor.extract("I'll knock fifty off")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("50"));
        assertThat(FactExtractor.extract("take one off the list")).isEmpty();
        assertThat(FactExtractor.extract("康复师每周上门两次")).anyMatch(f -> f.type() == Fact.Type.COUNT && f.value().equals("2 次"));
        assertThat(FactExtractor.extract("一天吃到六片都没事")).anyMatch(f -> f.type() == Fact.Type.COUNT && f.value().equals("6 片"));
        assertThat(FactExtractor.extract("下个月价格要涨到两万二了")).anyMatch(f -> f.type() == Fact.Type.MONEY && f.value().equals("22000"));
        assertThat(FactExtractor.extract("两个钟就搞定")).anyMatch(f -> f.type() == Fact.Type.DURATION && f.value().equals("120"));
        assertThat(FactExtractor.extract("between eight and eleven people")).isEmpty();

        Scorecard six = LabelledCalls.score("holdout35", "dumpster.md", "dumpster-06.txt", "Renee Alvarez", "Tom Brennan");
        assertThat(six.invented()).anyMatch(f -> f.said().equals("5 tons"));
        assertThat(six.invented()).anyMatch(f -> f.said().equals("$50"));
        // "Wednesday the 11th" where the card's 11th is a Tuesday; "4月20号那个礼拜三" where its 20th is a Tuesday
        assertThat(LabelledCalls.score("holdout61", "stairlift.md", "stairlift-06.txt", "Megan", "Ruth Delaney").invented())
                .anyMatch(f -> f.said().equals("the 11th"));
        assertThat(LabelledCalls.score("holdout61", "baiyi.md", "baiyi-06.txt", "小方", "陈国梁").invented())
                .anyMatch(f -> f.said().equals("4月20号"));
    }
}
