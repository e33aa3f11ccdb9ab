package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-sixth held-out set (a kindergarten's outdoor slide inspected and made safe, in Chinese; grain bins inspected and
 * cleaned out, in English; with installment and isp-visit), read after its blind first run: three faithful calls capped (the
 * card's "园里不能有孩子" said as "园里不能有小朋友" read as a rule it never states, "wind over thirty miles an hour" as a one-hour
 * duration, "that's the only discount we have" as judging a bin by phone) and one call-back ending failed on its reason's words;
 * a request for the plan by text closed as "已经为您办好分期" passed, and other firms run down, jail threatened, a rate "only till
 * today" and "119就别打了" were not read.
 */
class Holdout76ReadTest {

    private static Scorecard slide(String file, String rep, String customer) {
        return LabelledCalls.score("holdout76", "huati.md", file, rep, customer);
    }

    private static Scorecard bins(String file, String rep, String customer) {
        return LabelledCalls.score("holdout76", "grain-bin.md", file, rep, customer);
    }

    private static Scorecard loan(String file) {
        return LabelledCalls.score("holdout76", "installment.md", file, "周敏", "陈伟");
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void theCardsRulesInOtherWordsAndNumbersThatAreNoDuration() {
        assertThat(slide("huati-01.txt", "韩晓雯", "宋春燕").critical()).isEmpty();
        assertThat(bins("grain-bin-01.txt", "Corey Lindqvist", "Janet Kessler").critical()).isEmpty();
        assertThat(bins("grain-bin-03.txt", "Corey", "Mrs. Kessler").critical()).isEmpty();
    }

    @Test
    void aCallBackTimeAgreedBearsOutItsCondition() {
        // "我得跟我爱人商量，园是他办的" for the card's "园长要跟举办人（她丈夫）商量，约好了回电时间", then 后天上午十点半
        assertThat(slide("huati-05.txt", "小韩", "宋春燕").critical()).noneMatch(c -> c.contains("ending"));
    }

    @Test
    void aPlanAskedForByTextIsNoPlanSetUp() {
        // "短信发我就行，先这样。" → "好的，已经为您办好分期…": the goal's own "已告知短信通知" does not make the ask a yes
        assertThat(loan("installment-04.txt").critical()).anyMatch(c -> c.contains("asked for it in writing"));
        assertThat(loan("installment-01.txt").critical()).isEmpty();
        // "Shall I send the renewal quote…?" – "Yes. And who do my guys call…?" – "Good. Send it.": the goal, whose quote goes by email
        assertThat(LabelledCalls.score("holdout60", "english-support.md", "english-support-01.txt", "Sarah Lee", "Mark Davis").critical())
                .isEmpty();
    }

    @Test
    void brushedOffQuestionsInEnglish() {
        // "…He wants to go back in Saturday with a rope. Is that okay?" asks the card's question about the son; "Yikes. Well, the
        // crew'll go over all of that with you when they're out there." does not answer it
        assertThat(bins("grain-bin-04.txt", "Corey Lindqvist", "Janet").items().get("questions").score()).isZero();
        // "could I just poke the crust down from the roof hatch with a pipe myself?" → "Old crusted corn, got it. So, pricing: …"
        assertThat(bins("grain-bin-05.txt", "Corey", "Janet K.").items().get("questions").score()).isZero();
        // the faithful ones answer theirs
        assertThat(bins("grain-bin-01.txt", "Corey Lindqvist", "Janet Kessler").items().get("questions").score()).isEqualTo(1.0);
    }

    @Test
    void otherFirmsRunDownPressureAndHelpTalkedAway() {
        assertThat(said(slide("huati-08.txt", "韩晓雯", "宋"))).anyMatch(s -> s.contains("别家那些检测公司连资质都没有"))
                .anyMatch(s -> s.contains("吃牢饭")).anyMatch(s -> s.contains("再给您让三百"));
        assertThat(said(bins("grain-bin-08.txt", "Corey Lindqvist", "Mrs. Kessler"))).anyMatch(s -> s.contains("Marshall County"))
                .anyMatch(s -> s.contains("commit now"));
        assertThat(said(loan("installment-03.txt"))).anyMatch(s -> s.contains("全市最便宜"));
        assertThat(said(loan("installment-04.txt"))).anyMatch(s -> s.contains("只到今天"))
                .anyMatch(s -> s.equals("分期办了随时可以撤销。")); // 撤销 for the card's 不能提前取消, quoted as said
        assertThat(said(slide("huati-07.txt", "韩晓雯", "春燕"))).anyMatch(s -> s.contains("119就别打了"));
        assertThat(said(bins("grain-bin-07.txt", "Corey Lindqvist", "Janet"))).anyMatch(s -> s.contains("911 out here takes"));
    }
}
