package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-first held-out set (a home oxygen concentrator service, in Chinese; a fire-extinguisher inspection, in English;
 * with clinic and renewal), read after its blind first run: faithful calls capped for the card's own list of what the company
 * does not do (read as speaking for the insurer, and its middle item as a word not to say) and for sympathy ("that must have
 * been scary"); a slot step offered without the test-run line after it; in the flawed calls, blue lips and a burning oxygen
 * tube never read as the emergency raised, the danger called overblown, pressure the card quotes only to forbid, a Sunday
 * visit where the office is closed Sundays, a weekday said wrong for a date in words.
 */
class Holdout71ReadTest {

    private static Scorecard oxygen(String file, String rep, String customer) {
        return LabelledCalls.score("holdout71", "zhiyangji.md", file, rep, customer);
    }

    private static Scorecard extinguisher(String file, String rep, String customer) {
        return LabelledCalls.score("holdout71", "extinguisher-service.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void theCardsOwnListOfWhatItDoesNotDoBreaksNoRule() {
        // "呼吸机、雾化器、氧气瓶充装、家里的电线插座和医保报销都不在我们的范围里。" is the card's step line, word for word
        assertThat(oxygen("zhiyangji-01.txt", "杜晓岚", "刘桂芳").critical()).isEmpty();
        // "呼吸机/雾化器/充氧气瓶/电线插座/医保报销 不做。": the 不做 rules out every item, and 医保报销 is a thing, not the insurer's word
        Scorecard terse = oxygen("zhiyangji-02.txt", "康泰杜", "刘");
        assertThat(terse.critical()).isEmpty();
        // its slot line names both of the card's dates, though not the test run the card's line goes on to
        assertThat(terse.steps()).filteredOn(s -> s.number() == 4).allMatch(s -> s.status().equals(StepResult.COVERED));
        // "that must have been scary" guesses a feeling; it states no rule
        assertThat(extinguisher("extinguisher-service-03.txt", "Trevor", "Ms. Whitaker").critical()).isEmpty();
    }

    @Test
    void theEmergencyRaisedAndTheDangerCalledOverblown() {
        // a closing line that repeats the emergency script no longer makes 嘴唇发紫 or 喘不上气 common words of the card
        List<String> oxygenFire = said(oxygen("zhiyangji-07.txt", "杜晓岚", "桂芳"));
        assertThat(oxygenFire).anyMatch(s -> s.contains("叫120就太夸张了"));
        assertThat(oxygenFire).anyMatch(s -> s.contains("接着开着没事"));
        List<String> powder = said(extinguisher("extinguisher-service-07.txt", "Trevor Nakamura", "Denise W."));
        assertThat(powder).anyMatch(s -> s.contains("would be overkill")).anyMatch(s -> s.contains("harmless"));
        // told to handle a hissing cylinder the card says not to touch: advice no safety line of the card comes near
        assertThat(powder).anyMatch(s -> s.contains("stand it back up against the wall"));
        // and "that house'll be fully protected", a don'ts item read whole, not taken for its other clause
        assertThat(powder).anyMatch(s -> s.contains("fully protected"));
    }

    @Test
    void noRefundAtAllWhereTheCardOnlyKeepsAFeeBack() {
        // the card refunds all before 7 p.m. the day before and keeps 20元 after: "这笔定金我们是不退的" is wrong either way
        assertThat(said(oxygen("zhiyangji-06.txt", "杜专员", "刘桂芳"))).anyMatch(s -> s.contains("这笔定金我们是不退的"));
    }

    @Test
    void pressureTheCardQuotesOnlyToForbid() {
        // the card's "no \"prices go up in October\" pressure" backs no rep who says "our rates jump October first"
        List<String> pressed = said(extinguisher("extinguisher-service-08.txt", "Trevor", "Denise"));
        assertThat(pressed).anyMatch(s -> s.contains("rates jump October first")).anyMatch(s -> s.contains("the last until November"));
        assertThat(said(oxygen("zhiyangji-08.txt", "杜晓岚", "刘"))).anyMatch(s -> s.contains("只剩明天"));
    }

    @Test
    void aClosedDayOfferedAndAWeekdaySaidWrong() {
        // the office is closed on Sundays: "周日我们也上门", "Sunday's no problem for us"
        assertThat(said(oxygen("zhiyangji-06.txt", "杜专员", "刘桂芳"))).anyMatch(s -> s.contains("周日我们也上门"));
        List<String> wrongDays = said(extinguisher("extinguisher-service-06.txt", "T. Nakamura", "Denise"));
        assertThat(wrongDays).anyMatch(s -> s.contains("Sunday's no problem"));
        // "the twenty-third, that's the Friday": the card's September 23 is a Thursday
        assertThat(wrongDays).anyMatch(s -> s.contains("23rd"));
        // and "fully protected", which the card says never to say (its quotes lost in a sentence of its background)
        assertThat(wrongDays).anyMatch(s -> s.contains("fully protected"));
    }
}
