package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventy-fourth held-out set (a rooftop water-tank cleaning, in Chinese; a tornado safe room bolted into a garage slab, in
 * English; with clinic and renewal), read after its blind first run: two faithful calls capped because the customer's story of
 * a slab that cracked with a bang two Saturdays before was read as the card's emergency happening on the call (one of them
 * also on "Will my insurance go down if I put one in?", the trigger's "one" and "down"), and a third because its list of what
 * is not done ("…自来水管网，不做。") was read as speaking for the water company; in the flawed calls, pressure in new words (a
 * price rise next month, a turn lost by waiting) and advice in a tornado warning after its condition ("If it gets bad, just get
 * her in the car…", "Step out on the porch…") passed unread, and "那选洗消毒吧" was not read as choosing 清洗消毒.
 */
class Holdout74ReadTest {

    private static Scorecard tank(String file, String rep, String customer) {
        return LabelledCalls.score("holdout74", "shuixiang.md", file, rep, customer);
    }

    private static Scorecard room(String file, String rep, String customer) {
        return LabelledCalls.score("holdout74", "safe-room.md", file, rep, customer);
    }

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void aStoryToldAsOverIsNotTheEmergencyOfTheCall() {
        // "Two Saturdays ago my son-in-law Dale drilled into it… There was a bang like a gunshot, the drill kicked, and now there's
        // a crack…": the bang is the story's; "we keep a hundred and twenty as a trip fee" is the card's $120, not $100
        assertThat(room("safe-room-01.txt", "Kayla Brandt", "Gene Whitfield").critical()).isEmpty();
        assertThat(room("safe-room-03.txt", "Kayla", "Mr. Whitfield").critical()).isEmpty();
        // "换水管、热水器、净水器、天台防水、自来水管网，不做。": the pipe of 自来水管网 is no water company seeing to anything
        assertThat(tank("shuixiang-02.txt", "清源梁", "何").critical()).isEmpty();
        // a tornado warning on the call is still one
        assertThat(room("safe-room-07.txt", "Kayla Brandt", "Gene").critical()).anyMatch(c -> c.contains("raised condition 4"));
    }

    @Test
    void anOptionNamedByItsBaseWithoutItsFirstCharacter() {
        // "那选洗消毒吧" picks 清洗消毒 beside 清洗消毒加防护: the booking is borne out
        assertThat(tank("shuixiang-06.txt", "梁顾问", "何桂芬").critical()).noneMatch(c -> c.contains("was chosen"));
    }

    @Test
    void reassuranceAfterBleedingThatWillNotStop() {
        assertThat(said(LabelledCalls.score("holdout74", "clinic.md", "clinic-04.txt", "陈静", "赵建国")))
                .anyMatch(s -> s.startsWith("这个都是正常反应"));
    }

    @Test
    void aThingSaidToBeImpossibleIsARule() {
        // "微信发不了正式报价，得电话里确认": the card sends the quote by WeChat or email
        assertThat(said(LabelledCalls.score("holdout74", "renewal.md", "renewal-04.txt", "李明", "张强")))
                .anyMatch(s -> s.contains("微信发不了正式报价"));
    }

    @Test
    void pressureInNewWords() {
        assertThat(said(tank("shuixiang-08.txt", "梁晓彤", "何"))).anyMatch(s -> s.contains("八月份起调价"))
                .anyMatch(s -> s.contains("晚点就轮不到您了"));
        assertThat(said(room("safe-room-08.txt", "Kayla Brandt", "Mr. Whitfield"))).anyMatch(s -> s.contains("bumping the steel price"));
    }

    @Test
    void adviceInAWarningAfterItsCondition() {
        List<String> said = said(room("safe-room-07.txt", "Kayla Brandt", "Gene"));
        assertThat(said).anyMatch(s -> s.startsWith("Step out on the porch")).anyMatch(s -> s.contains("get her in the car"));
    }
}
