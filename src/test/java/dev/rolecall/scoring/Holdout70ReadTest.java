package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventieth held-out set (a home treadmill repair, in Chinese; a pool opening, in English; with installment and
 * isp-visit), read after its blind first run: faithful calls capped for a grandchild's injury last month taken for the stop
 * condition raised today, a price less the card's new-customer discount, "we pump the water off the cover" read as speaking
 * for the pump maker, "getting back to you about opening your pool" and a shorthand list of what the crew does read as
 * telling the customer to do it, an option chosen by what it adds ("The new pump, then."); in the flawed calls, a request put as
 * a question ("could you pull the cover back a bit?").
 */
class Holdout70ReadTest {

    private static Scorecard treadmill(String file, String rep, String customer) {
        return LabelledCalls.score("holdout70", "paobuji.md", file, rep, customer);
    }

    private static Scorecard pool(String file, String rep, String customer) {
        return LabelledCalls.score("holdout70", "pool-opening.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void anIncidentLastMonthIsNotTheStopConditionRaisedToday() {
        // "上个月他手指被后面滚筒擦破了皮": the card stops a call for a finger caught now, not for the customer's history
        assertThat(treadmill("paobuji-01.txt", "方雨桐", "孙丽萍").critical()).isEmpty();
        // and "保养180元…新客户减25元" comes to "155元"
        Scorecard discounted = treadmill("paobuji-03.txt", "小方", "孙老师");
        assertThat(discounted.critical()).isEmpty();
        assertThat(discounted.overall()).isGreaterThan(90);
    }

    @Test
    void theCrewsWorkIsNotAskedOfTheCustomerNorSaidForThePumpMaker() {
        // "we pump the water off the cover" is no word for the pump manufacturer; "getting back to you about opening your pool"
        // asks her to open nothing
        // and "The new pump, then." chooses the card's "The second option is $1,240: … plus a new … pump"
        assertThat(pool("pool-opening-01.txt", "Marisol Ortega", "Ruth Kowalski").critical()).isEmpty();
        assertThat(pool("pool-opening-03.txt", "Marisol", "Mrs. Kowalski").critical()).isEmpty();
        // "Opt 1, standard opening, $325: pump cover dry, remove/clean/fold cover, …" lists what the crew does
        assertThat(said(pool("pool-opening-02.txt", "Harbor", "R.K."))).noneMatch(s -> s.contains("remove/clean/fold"));
        // put as a question, a request is still a request
        assertThat(said(pool("pool-opening-07.txt", "Marisol Ortega", "Ruth K."))).anyMatch(s -> s.contains("pull the cover back"));
    }

    @Test
    void aPriceSaidWithoutItsUnit() {
        // "换跑带和电机的话899": the option the card prices at 1360元
        assertThat(said(treadmill("paobuji-06.txt", "方客服", "孙丽萍"))).anyMatch(s -> s.contains("899"));
        // "Or the new-pump package, that's nine hundred ninety": the clause before names the option
        assertThat(said(pool("pool-opening-06.txt", "M. Ortega", "Ruth"))).anyMatch(s -> s.contains("nine hundred ninety"));
        // worked out from what the call said, a bare amount is right: "三千九百九十二…一百五" → "三千八百四十二"
        assertThat(said(LabelledCalls.score("holdout10", "tradein.md", "tradein-01.txt", "何佳", "谢国栋")))
                .noneMatch(s -> s.contains("三千八百四十二"));
    }
}
