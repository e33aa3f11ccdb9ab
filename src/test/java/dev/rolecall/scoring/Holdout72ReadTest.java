package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-second held-out set (a home fish-tank service, in Chinese; a scaffold rental, in English; with delivery and
 * english-support), read after its blind first run: two faithful calls capped, one for the card's own clause about the utility
 * (read as speaking for it), one for a terse rep's "No promise nobody can fall / totally safe" (read as the red line said); in
 * the flawed calls, a shocked customer's "手一下就麻了" not read as the card's 手发麻, and wrong facts of the kinds session 62 had
 * just begun to read on the earlier sets (data deleted at once, the fault put on the customer's bank, a seat rule the card's
 * Q&A answers yes to), a ladder on a power line knocked off against the card's "stay off", and a question owned and passed over
 * ("yeah, that one. So, …") counted as answered.
 */
class Holdout72ReadTest {

    private static Scorecard scaffold(String file, String rep, String customer) {
        return LabelledCalls.score("holdout72", "scaffold-rental.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void theCardsOwnClauseAndATerseNoPromiseBreakNoRule() {
        // "…, so the utility has to cover or shut off the line first": from the party's name on, the card's own words
        assertThat(scaffold("scaffold-rental-01.txt", "Priya Raman", "Gordon Pruitt").critical()).isEmpty();
        // "No promise nobody can fall / totally safe;" negates the words not to say
        assertThat(scaffold("scaffold-rental-02.txt", "Summit", "G. Pruitt").critical()).isEmpty();
    }

    @Test
    void aRedLineSaidTheMoreIsStillSaid() {
        // "It can't tip over, not with our base plates": the "not with" insists; it rules nothing out
        assertThat(said(scaffold("scaffold-rental-06.txt", "P. Raman", "Gordon"))).anyMatch(s -> s.contains("can't tip over"));
    }

    @Test
    void aShockFeltInTheHandIsTheEmergencyRaised() {
        // "手一下就麻了，现在还麻着" is the card's 手发麻: the reassurance after it is read
        List<String> shock = said(LabelledCalls.score("holdout72", "yugang.md", "yugang-07.txt", "方卓远", "月娥"));
        assertThat(shock).anyMatch(s -> s.contains("踩进去没事的"));
    }

    @Test
    void theCardsDontDoneInAnEmergency() {
        // the son-in-law's ladder on the power line: "Just knock the ladder off the line with a broom handle" is nearest the
        // card's "Stay off the ladder near that line", and does what it says not to
        List<String> ladder = said(scaffold("scaffold-rental-07.txt", "Priya Raman", "Gordon P."));
        assertThat(ladder).anyMatch(s -> s.contains("knock the ladder off the line"));
    }

    @Test
    void aQuestionOwnedAndPassedOverIsNotAnswered() {
        // "Will I be charged twice again?" – "Oh, gosh, yeah, that one. So, on the renewal itself: …"
        Scorecard dodged = LabelledCalls.score("holdout72", "english-support.md", "english-support-02.txt", "Sarah", "Mark");
        assertThat(dodged.items().get("questions").score()).isEqualTo(0.0);
        // "Do I need a permit for this?" – "Permits, yeah, that one comes up. Sooo, set-up: …"
        assertThat(scaffold("scaffold-rental-04.txt", "Priya Raman", "Gordon").items().get("questions").score()).isEqualTo(0.0);
    }

    @Test
    void aWeekdayThatIsNotItsDateAndNoRefundEvenOnCancelling() {
        List<String> tank = LabelledCalls.score("holdout72", "yugang.md", "yugang-06.txt", "方顾问", "沈月娥").invented().stream()
                .map(f -> f.said() + " | " + f.card()).toList();
        // "星期三那天，也就是十三号": the 13th of the card's May 2027 is a Thursday
        assertThat(tank).anyMatch(s -> s.contains("13号 is a Thu, not a Wed"));
        // "定金只抵尾款，取消了也不退回" where the card refunds all until 8 p.m. the day before
        assertThat(tank).anyMatch(s -> s.startsWith("取消了也不退回"));
    }

    @Test
    void noNumberWrongOnTheRenewalCard() {
        List<String> renewal = said(LabelledCalls.score("holdout72", "english-support.md", "english-support-03.txt", "Sarah Lee",
                "Mark Davis"));
        assertThat(renewal).anyMatch(s -> s.contains("deleted straight away"));
        assertThat(renewal).anyMatch(s -> s.contains("not ours"));
        assertThat(renewal).anyMatch(s -> s.contains("only drop seats at renewal"));
    }
    /** Session 69: an emergency closed as the customer's no (read apart from this set, in the sets 66 to 76). */
    @Test
    void aNoClaimedAfterAnEmergencyIsNotBorneOut() {
        // "Hang on — oh no. My son-in-law's out on …" then "…I'll let you go." closed as "He says no"
        assertThat(LabelledCalls.score("holdout72", "scaffold-rental.md", "scaffold-rental-07.txt", "Priya Raman", "Gordon P.").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("raised condition"));
        // a child hurt on the treadmill, then "今天师傅都排满了，您先自己处理处理吧" closed with the no-need line (holdout70)
        assertThat(LabelledCalls.score("holdout70", "paobuji.md", "paobuji-07.txt", "方雨桐", "丽萍").critical())
                .anyMatch(c -> c.contains("ending not borne out") && c.contains("raised condition"));
    }
}
