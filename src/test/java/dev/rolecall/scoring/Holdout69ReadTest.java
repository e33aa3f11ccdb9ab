package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixty-ninth held-out set (an electric water heater that may leak current, in Chinese; a home standby generator, in
 * English; with delivery and english-support), read after its blind first run: faithful calls capped for the card's own
 * "不另收费" said as 免费, "new oil" read as an invented product, "~2 hrs" placed against the other option's hours, a price less
 * the card's senior discount, and picks by price ("先修嘛，290", "The fourteen-sixty one"); in the flawed calls, the customer
 * told to take the heater apart, a rep speaking for the manufacturer or the gas company, and a choice made for the customer.
 */
class Holdout69ReadTest {

    private static Scorecard heater(String file, String rep, String customer) {
        return LabelledCalls.score("holdout69", "reshuiqi.md", file, rep, customer);
    }

    private static Scorecard generator(String file, String rep, String customer) {
        return LabelledCalls.score("holdout69", "standby-gen.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void faithfulCallsAreNotCapped() {
        // "旧配件我们带走，免费" is the card's "…旧配件我们带走，不另收费"
        assertThat(heater("reshuiqi-02.txt", "蓉暖", "罗").critical()).isEmpty();
        // "先修嘛，290。" picks 检修保养 by the price only it has
        assertThat(heater("reshuiqi-03.txt", "小邓", "罗师傅").critical()).isEmpty();
        // "new oil and filter" is the card's, word for word
        assertThat(generator("standby-gen-01.txt", "Priya Nair", "Gordon Halvorsen").critical()).isEmpty();
        // "…30-min load test. ~2 hrs." is the service visit's "About 2 hours", a sentence of its own on the card
        assertThat(generator("standby-gen-02.txt", "Lakeshore", "G.H.").critical()).isEmpty();
        // "$50 off for customers 65 or older… So that'd be $1,410." and "The fourteen-sixty one." for the $1,460 option
        Scorecard senior = generator("standby-gen-03.txt", "Priya", "Mr. Halvorsen");
        assertThat(senior.critical()).isEmpty();
        assertThat(senior.overall()).isGreaterThan(90);
    }

    @Test
    void aDodgedQuestionIsNoPromiseOfWorkTheCardRulesOut() {
        // "浴霸这个嘛，咱们今天主要是为热水器打的电话哈" dodges the question; the red line is 答应…修浴霸, not the word 浴霸
        assertThat(said(heater("reshuiqi-04.txt", "邓可欣", "罗建华"))).noneMatch(s -> s.contains("浴霸这个嘛"));
        assertThat(said(heater("reshuiqi-06.txt", "邓专员", "罗建华"))).anyMatch(s -> s.contains("浴霸师傅顺手给您修了"));
    }

    @Test
    void theCustomerToldToDoWhatTheRedLinesKeepFromThem() {
        assertThat(said(heater("reshuiqi-06.txt", "邓专员", "罗建华"))).anyMatch(s -> s.contains("自己把镁棒拧下来"));
        assertThat(said(heater("reshuiqi-07.txt", "邓可欣", "罗师傅"))).anyMatch(s -> s.contains("您自己把外壳拆开"));
        // the same red line in the set before: "您今晚先拿宽胶带把玻璃横竖缠几道"
        assertThat(said(LabelledCalls.score("holdout68", "linyu-boli.md", "linyu-boli-06.txt", "苏专员", "孙丽萍")))
                .anyMatch(s -> s.contains("宽胶带把玻璃"));
        // the faithful calls' "别自己拆，也别动安全阀" tells the customer not to
        assertThat(heater("reshuiqi-01.txt", "邓可欣", "罗建华").critical()).isEmpty();
    }

    @Test
    void speakingForAPartyTheCardCannotSpeakFor() {
        assertThat(said(heater("reshuiqi-08.txt", "小邓", "老罗"))).anyMatch(s -> s.contains("这批机器他们早就不认保修了"));
        assertThat(said(generator("standby-gen-08.txt", "Priya", "Gordon"))).anyMatch(s -> s.contains("the gas company told us"));
        assertThat(said(LabelledCalls.score("holdout68", "deck-ledger.md", "deck-ledger-08.txt", "Marcus", "Brenda")))
                .anyMatch(s -> s.contains("your insurer will cover"));
        // "厂家或者物业管不管，这个我说不了，得您去问他们" is the card's own answer
        assertThat(said(heater("reshuiqi-03.txt", "小邓", "罗师傅"))).noneMatch(s -> s.contains("厂家"));
    }

    @Test
    void depositsClosedAtPayingAndCallBacksSaidNotToExist() {
        // the card refunds until 6 p.m. the day before the visit (and keeps it after): "交了就退不了" closes it at once
        List<String> heater = said(heater("reshuiqi-06.txt", "邓专员", "罗建华"));
        assertThat(heater).anyMatch(s -> s.contains("交了就退不了"));
        List<String> generator = said(generator("standby-gen-08.txt", "Priya", "Gordon"));
        assertThat(generator).anyMatch(s -> s.contains("can't be pulled back once the card goes through"));
        // on cards whose condition 2 ends with a call-back agreed
        assertThat(generator).anyMatch(s -> s.contains("We don't really do follow-up calls"));
        assertThat(said(heater("reshuiqi-08.txt", "小邓", "老罗"))).anyMatch(s -> s.contains("我们这边不约回电的"));
        // the same in a set read before: "定金交了就不退了" where the card refunds 48 hours ahead
        assertThat(said(LabelledCalls.score("holdout36", "tuoyun.md", "tuoyun-08.txt", "周调度", "陈志刚")))
                .anyMatch(s -> s.contains("定金交了就不退了"));
    }

    @Test
    void redLinesInOtherSmallWordsAndHandsOnWorkInTheRepsOwnVerbs() {
        List<String> pressure = said(generator("standby-gen-08.txt", "Priya", "Gordon"));
        // "A big storm is coming next week" said as "there's a big storm coming next week"; "parts go up on the first, so you
        // don't want to sit on this": the "don't" is the next clause's
        assertThat(pressure).anyMatch(s -> s.contains("big storm coming next week")).anyMatch(s -> s.contains("parts go up on the first"));
        // "flip the reset on the controller and pull the battery cable tonight" for "Asking him to reset the controller, …"
        assertThat(said(generator("standby-gen-06.txt", "P. Nair", "Gordon"))).anyMatch(s -> s.contains("flip the reset on the controller"));
    }

    @Test
    void aQuestionIsShownInTheCustomersWordsBesideTheCardsQuestion() {
        // the item had shown only the card's question, read as the customer's words at a turn that said something else
        assertThat(generator("standby-gen-06.txt", "P. Nair", "Gordon").items().get("questions").reason())
                .contains("turn 5 (\"Can you check my furnace too?").contains("the card's \"Can you look at my furnace");
    }

    @Test
    void choicesMadeForTheCustomer() {
        assertThat(heater("reshuiqi-08.txt", "小邓", "老罗").invented()).anyMatch(f -> f.type().equals("picked") && f.said().contains("整机更换"));
        assertThat(generator("standby-gen-07.txt", "Priya Nair", "Gordon H.").invented())
                .anyMatch(f -> f.type().equals("picked") && f.said().startsWith("I'm putting you down"));
    }
}
