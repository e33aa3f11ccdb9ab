package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixty-fourth held-out set (soundproof inner windows in Chinese, driveway sealcoating in English, with installment and
 * isp-visit), read after its blind first run, and the earlier sets' misses of the same kinds: an amount said with no unit
 * after a share, a price in hundreds said in words, "about an hour", a sentence that opens on a
 * bracketed label, and the answer to a call-back request read as the booking step.
 */
class Holdout64ReadTest {

    @Test
    void aBracketedLabelOpensASentence() {
        // "…clogs within 30 days → free return. (B) cleaning + … guards on all 160 ft = $1,960": "free return" was read with the
        // guards option's words and flagged as a promise against its priced card line
        assertThat(LabelledCalls.score("holdout63", "gutter-clean.md", "gutter-clean-02.txt", "Clearflow", "Peg").critical()).isEmpty();
        assertThat(Sentences.split("→ free return. (B) cleaning + guards = $1,960")).containsExactly("→ free return.", "(B) cleaning + guards = $1,960");
    }

    @Test
    void anAmountAfterAShareIsMoney() {
        // "定金四成，就是3520" (a share of a wrong price), "最低还款是账单的两成，三千七"
        Scorecard six = LabelledCalls.score("holdout64", "geyinchuang.md", "geyinchuang-06.txt", "郑经理", "宋丽娟");
        assertThat(six.invented()).anyMatch(f -> f.said().equals("3520"));
        assertThat(FactExtractor.shareAmount("最低还款是账单的两成，", "三千七。")).extracting(Fact::value).containsExactly("3700");
        assertThat(FactExtractor.shareAmount("定金三成，", "下周三前付。")).isEmpty();
        assertThat(FactExtractor.shareAmount("一共两套，", "3520。")).isEmpty();
        // the faithful calls on the card say their amounts the card's way
        for (String[] a : new String[][] {{"geyinchuang-01.txt", "郑凯", "宋丽娟"}, {"geyinchuang-02.txt", "静享", "宋"},
                {"geyinchuang-03.txt", "郑顾问", "宋女士"}}) {
            assertThat(LabelledCalls.score("holdout64", "geyinchuang.md", a[0], a[1], a[2]).invented()).isEmpty();
        }
    }

    @Test
    void hoursAndPricesInWordsAreRead() {
        Scorecard six = LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-06.txt", "Priya", "Ray Delgado");
        // "the two-coat is seven-fifty" for the card's $690; "It's all done in about an hour" where it takes 3 or 5 hours
        assertThat(six.invented()).anyMatch(f -> f.said().equals("two-coat is seven-fifty"));
        assertThat(six.invented()).anyMatch(f -> f.said().equals("1 hour"));
        // open on Sundays where the card closes them: "我们周日也有人"
        assertThat(ClosedDays.open("我们周日也有人。")).containsExactly(7);
        for (String[] a : new String[][] {{"driveway-seal-01.txt", "Priya Shah", "Ray Delgado"}, {"driveway-seal-02.txt", "Northstar", "Ray"},
                {"driveway-seal-03.txt", "Priya", "Mr. Delgado"}}) {
            assertThat(LabelledCalls.score("holdout64", "driveway-seal.md", a[0], a[1], a[2]).invented()).isEmpty();
        }
    }

    @Test
    void theAnswerToACallBackRequestIsNotTheBookingStep() {
        // "Call me tomorrow morning?" → "How about Friday, June 11, at 10 a.m.?" had covered the crew-slot step
        Scorecard five = LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-05.txt", "Priya Shah", "Ray");
        assertThat(five.steps().get(3).status()).isEqualTo(StepResult.MISSED);
        // what else the answer says still counts: "I'll call you tomorrow at three thirty. … the nights I have open are Sunday
        // the 21st and Wednesday the 24th"
        assertThat(LabelledCalls.score("holdout32", "hoodclean.md", "hoodclean-05.txt", "BrightFlue Priya", "Tony").steps().get(3).status())
                .isEqualTo(StepResult.COVERED);
        // and what the rep wraps up with once asked to call another day leaves the steps before it not yet due
        Scorecard clinic = LabelledCalls.score("holdout2", "clinic.md", "clinic-02.txt", "陈静", "赵建国");
        assertThat(clinic.steps().get(2).status()).isEqualTo(StepResult.SKIPPED);
        assertThat(clinic.steps().get(3).status()).isEqualTo(StepResult.SKIPPED);
    }

    @Test
    void daysSaidRelativeToTodayAreDates() {
        java.time.LocalDate wednesday = java.time.LocalDate.of(2027, 4, 14);
        assertThat(RelativeDays.dates("下周三前付", wednesday)).extracting(Fact::value).containsExactly("04-21");
        assertThat(RelativeDays.dates("下下周五之前签约", wednesday)).extracting(Fact::value).containsExactly("04-30");
        assertThat(RelativeDays.dates("这周六上午", wednesday)).extracting(Fact::value).containsExactly("04-17");
        assertThat(RelativeDays.dates("这周一", wednesday)).isEmpty(); // gone already
        assertThat(RelativeDays.dates("due tomorrow", wednesday)).extracting(Fact::value).containsExactly("04-15");
        assertThat(RelativeDays.dates("this Saturday afternoon", wednesday)).extracting(Fact::value).containsExactly("04-17");
        assertThat(RelativeDays.dates("next Saturday", wednesday)).isEmpty();
        // a deposit due on another day than the card's
        assertThat(LabelledCalls.score("holdout64", "geyinchuang.md", "geyinchuang-06.txt", "郑经理", "宋丽娟").invented())
                .anyMatch(f -> f.said().equals("下周三"));
        assertThat(LabelledCalls.score("holdout64", "driveway-seal.md", "driveway-seal-06.txt", "Priya", "Ray Delgado").invented())
                .anyMatch(f -> f.said().equals("tomorrow"));
        // "这个月三十一号，就是下下周五之前签约" is the card's own deadline
        assertThat(LabelledCalls.score("holdout8", "lease-renewal.md", "lease-renewal-03.txt", "苏晴", "韩东").invented())
                .noneMatch(f -> f.said().contains("周五"));
    }

    @Test
    void feesWaivedThatTheCardChargesArePromises() {
        // "提前还清剩下的手续费全免" where the card's "提前还清的话剩余手续费也要照常收取"
        assertThat(LabelledCalls.score("holdout64", "installment.md", "installment-03.txt", "周敏", "陈伟").invented())
                .anyMatch(f -> f.type().equals("promise") && f.said().contains("手续费全免"));
        // not where the card waives it too ("…新损坏，修复费全免"), nor a free item beside a charge in another sentence
        assertThat(LabelledCalls.score("holdout57", "juci.md", "juci-03.txt", "小周", "沈先生").invented())
                .noneMatch(f -> f.said().contains("全免"));
        assertThat(LabelledCalls.score("holdout17", "catering-order.md", "catering-order-02.txt", "Dana", "Marcus").invented()).isEmpty();
        // "I can't promise it a day earlier" is a shift, not a length the card never gives
        assertThat(LabelledCalls.score("holdout47", "thesis-binding.md", "thesis-binding-01.txt", "Owen Marsh", "Teresa Okafor").invented())
                .noneMatch(f -> f.said().equals("1 day"));
    }
}
