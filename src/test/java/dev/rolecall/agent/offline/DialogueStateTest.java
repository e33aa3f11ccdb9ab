package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.agent.Agent;
import dev.rolecall.agent.CallContext;
import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The state rules of issue 12: no success without a yes and the purpose said, no card prose aloud, no unrelated answers. */
class DialogueStateTest {
    static final OfflineAgentFactory OFFLINE = OfflineEngineTest.OFFLINE;

    static Turn turn(int i, Role r, String text) {
        return new Turn(i, r, r == Role.CALLER ? "rep" : "customer", text, 0, null, null, null, null, null, List.of());
    }

    static String callerReply(Card card, String... calleeLines) throws Exception {
        Agent caller = OFFLINE.create(new CallContext(card, Fixtures.prompts(), Role.CALLER, 3, Map.of()));
        List<Turn> h = new ArrayList<>();
        h.add(turn(0, Role.CALLER, caller.respond(List.of()).text()));
        String last = "";
        for (String c : calleeLines) {
            h.add(turn(h.size(), Role.CALLEE, c));
            last = caller.respond(h).text();
            h.add(turn(h.size(), Role.CALLER, last));
        }
        return last;
    }

    @ParameterizedTest
    @ValueSource(strings = {"renewal.md", "delivery.md", "clinic.md", "english-support.md", "installment.md", "isp-visit.md"})
    void successNeedsAnExplicitYesAndThePurposeSaid(String name) {
        Card card = Fixtures.card(name);
        CardIndex index = new CardIndex(card, dev.rolecall.text.Embedder.shared());
        int successes = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Transcript t = OfflineEngineTest.call(card, seed, 30);
            if (t.end().condition() == null) {
                continue;
            }
            Role by = t.end().by();
            boolean success = index.condition(by, Intent.CONFIRM).number() == t.end().condition()
                    && Intent.CONFIRM.hits(t.end().conditionText()) > Intent.HANGUP.hits(t.end().conditionText());
            List<String> callee = t.turns().stream().filter(x -> x.speaker() == Role.CALLEE).map(Turn::text).toList();
            String callerSaid = String.join("", t.turns().stream().filter(x -> x.speaker() == Role.CALLER).map(Turn::text).toList());
            // every turn that ends the call is a statement, never the speaker's own open question
            String lastText = t.turns().get(t.turns().size() - 1).text().replaceAll("\\s*\\[END:\\d*]", "");
            List<String> lastSentences = Speech.sentences(lastText);
            assertThat(lastSentences.isEmpty() || !Speech.isQuestion(lastSentences.get(lastSentences.size() - 1)))
                    .as(name + " seed " + seed + " ends on a question: " + lastText).isTrue();
            if (!success) {
                continue;
            }
            successes++;
            String lastTwo = String.join(" ", callee.subList(Math.max(0, callee.size() - 2), callee.size()));
            assertThat(lastTwo.contains("[END") ? Speech.decision(lastTwo.replaceAll("\\s*\\[END:\\d*]", "")) : Speech.decision(lastTwo))
                    .as(name + " seed " + seed + ": success without an explicit yes: " + lastTwo).isEqualTo(Intent.CONFIRM);
            assertThat(Speech.backChannel(callee.get(callee.size() - 1))).as(name + " seed " + seed).isFalse();
            for (int step : index.requiredSteps) {
                // case-insensitive: an English line after a transition is re-cased ("Also, our line test found…"); a line
                // whose price clause no longer holds is said without it ("…15% off the annual price" after "32 seats")
                assertThat(card.caller().steps().get(step).lines().stream()
                        .map(l -> l.toLowerCase(java.util.Locale.ROOT)).anyMatch(l -> callerSaid.toLowerCase(java.util.Locale.ROOT)
                                .contains(l.contains(", which ") ? l.substring(0, l.indexOf(", which ")) : l)))
                        .as(name + " seed " + seed + ": success before step " + (step + 1) + " was said").isTrue();
            }
        }
        assertThat(successes).as(name + " has success endings at all").isGreaterThan(5);
    }

    @Test
    void aCustomerWhoPickedTheDayAndWasPutOffOnNothingRarelyTakesItBack() {
        // a fifth of clinic calls had ended "等一下，先别定…你先发我" after the patient chose a day: a reversal nothing in the
        // call caused, asking a nurse to send what a clinic does not send
        Card card = Fixtures.card("clinic.md");
        int reversals = 0;
        for (long seed = 1; seed <= 100; seed++) {
            List<String> callee = OfflineEngineTest.call(card, seed, 30).turns().stream().filter(x -> x.speaker() == Role.CALLEE)
                    .map(Turn::text).toList();
            String last = callee.get(callee.size() - 1);
            assertThat(last).as("seed " + seed).doesNotContain("你先发我").doesNotContain("家里人");
            reversals += last.contains("先别定") || last.contains("先别急着定") ? 1 : 0;
        }
        // a reversal is a persona's draw: 34 and 36 of 300 (seeds 101-400) before and after the rep went on saying a step's
        // figures (seeds 1-100: 7 and 13), against a fifth before the fix
        assertThat(reversals).as("clinic calls ending on a reversal of the customer's own pick, of 100").isLessThanOrEqualTo(15);
    }

    @Test
    void theCustomerKeepsToItsCard() {
        // 陈伟 "担心这是诈骗电话，但不会直接说出口" had asked "你们是不是骗子？" in 42 of 100 calls; 张强 read the card's quote
        // marks aloud ("有“不起作用”的推广功能…"); 赵建国, a worried retired teacher, said "我时间不多，你说重点" by a mood drawn
        // from the seed
        for (long seed = 1; seed <= 50; seed++) {
            for (String name : List.of("installment.md", "renewal.md", "clinic.md")) {
                for (Turn x : OfflineEngineTest.call(Fixtures.card(name), seed, 30).turns()) {
                    if (x.speaker() == Role.CALLEE) {
                        assertThat(x.text()).as(name + " seed " + seed).doesNotContain("骗").doesNotContain("“").doesNotContain("”");
                        if (name.equals("clinic.md")) { // renewal's 张强 is "时间宝贵" by his card: a hurry fits him
                            assertThat(x.text()).as(name + " seed " + seed).doesNotContain("时间不多").doesNotContain("赶时间")
                                    .doesNotContain("长话短说");
                        }
                    }
                }
            }
        }
    }

    @Test
    void anEnglishQuestionAboutWhatAStepIsNamedForGetsThatStep() throws Exception {
        // "Explain billing" answers "how billing works now?": it had got "Let me check and get back to you" in 16 of 100 calls
        String en = callerReply(Fixtures.card("english-support.md"), "I'm busy, so be brief. Can you tell me how billing works now?");
        assertThat(en).contains("We bill once, by invoice").doesNotContain("get back to you");
        // a figure told is told: "March 31;" said before is "March 31," now, and 10,200 is one figure
        String said = "renewing before March 31 gives 15% off, so $10,200.";
        assertThat(Speech.statesNewFigure("If you renew before March 31, you get 15% off, which comes to $10,200 for 40 seats.", said))
                .isTrue(); // 40 seats was not said
        assertThat(Speech.statesNewFigure("If you renew before March 31, you get 15% off, which comes to $10,200.", said)).isFalse();
        assertThat(Speech.statesNewFigure("老客户今年续费自动享受95折优惠。", "老客户享受续费专属95折优惠")).isFalse();
    }

    @Test
    void aStepsScorecardLineNamesEachTurnOnce() {
        // "said at turn 8, again at [8]": the turn where a step was first said clearly was listed again as a repeat
        Card card = Fixtures.card("clinic.md");
        var scorer = new dev.rolecall.scoring.Scorer(card, dev.rolecall.scoring.Weights.defaultWeights());
        int repeats = 0;
        for (long seed = 1; seed <= 40; seed++) {
            for (var step : scorer.score(OfflineEngineTest.call(card, seed, 30)).steps()) {
                if (step.turn() != null && step.why().contains(" at [")) {
                    repeats++;
                    assertThat(step.why().substring(step.why().indexOf('['))).as("seed " + seed + ": " + step.why())
                            .doesNotContain("[" + step.turn() + "]").doesNotContain("[" + step.turn() + ",")
                            .doesNotContain(" " + step.turn() + ",").doesNotContain(" " + step.turn() + "]");
                }
            }
        }
        assertThat(repeats).as("steps said twice, in 40 clinic calls").isPositive();
    }

    @Test
    void anEndingThatAgreesATimeToCallBackNamesOne() {
        // clinic's "患者表示现在不方便，约定了再次回访的时间" closed with "您先休息…再见" and no time at all
        Card card = Fixtures.card("clinic.md");
        int callBacks = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Transcript t = OfflineEngineTest.call(card, seed, 30);
            if (t.end().by() == Role.CALLER && Integer.valueOf(3).equals(t.end().condition())) {
                callBacks++;
                assertThat(t.turns().get(t.turns().size() - 1).text()).as("seed " + seed).containsPattern("(明天|后天|周.)(上午|下午)");
            }
        }
        assertThat(callBacks).as("calls the nurse closes by condition 3, of 100").isPositive();
    }

    @Test
    void thePurposeStepsFigureIsToldOnceEvenWhenAnAnswerTookOneOfItsLines() {
        // renewal's step 3 carries the 95折 offer, the expansion line and the cycle question; a question about expansion
        // answered with its line had marked the step done, and 35 of 50 calls never told the discount
        Card card = Fixtures.renewal();
        int told = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Transcript t = OfflineEngineTest.call(card, seed, 30);
            List<String> rep = t.turns().stream().filter(x -> x.speaker() == Role.CALLER).map(Turn::text).toList();
            long turnsWithIt = rep.stream().filter(x -> x.contains("95折")).count();
            told += turnsWithIt > 0 ? 1 : 0;
            assertThat(turnsWithIt).as("seed " + seed + ": the discount told again after it was told: " + rep).isLessThanOrEqualTo(1);
        }
        assertThat(told).as("calls that tell the discount, of 40").isGreaterThanOrEqualTo(34);
    }

    @ParameterizedTest
    @ValueSource(strings = {"renewal.md", "delivery.md", "clinic.md", "english-support.md", "installment.md", "isp-visit.md"})
    void theCustomerNeverReadsCardProseAloud(String name) {
        Card card = Fixtures.card(name);
        for (long seed = 1; seed <= 60; seed++) {
            for (Turn x : OfflineEngineTest.call(card, seed, 30).turns()) {
                if (x.speaker() == Role.CALLEE) {
                    assertThat(Speech.META.matcher(x.text()).find()).as(name + " seed " + seed + ": " + x.text()).isFalse();
                    assertThat(x.text()).as(name + " seed " + seed).doesNotContain("这个你们能保证吗").doesNotContain("What about this:");
                    // never cut mid-sentence: every turn ends with an end mark (or an end marker)
                    assertThat(x.text().replaceAll("\\s*\\[END:\\d*]", "")).as(name + " seed " + seed).matches("(?s).*[。！？!?.…]$");
                }
            }
        }
    }

    @Test
    void anUncoveredQuestionGetsICheckAndGetBackNotAnUnrelatedLine() throws Exception {
        String zh = callerReply(Fixtures.renewal(), "你们客服是不是换人了？");
        assertThat(zh).contains("核实后回复您").doesNotContain("13812345678");
        String en = callerReply(Fixtures.card("english-support.md"), "Are you moving your servers to Europe?");
        assertThat(en).contains("get back to you");
    }

    @Test
    void aBackChannelIsNotAgreement() throws Exception {
        Card card = Fixtures.renewal();
        for (String ack : List.of("行。", "好。", "嗯。")) {
            assertThat(callerReply(card, ack)).as(ack).doesNotContain("[END");
            assertThat(callerReply(card, ack, ack, ack)).as(ack).doesNotContain("[END");
        }
        // an explicit yes before the purpose was said does not close: the rep says it and asks again
        String early = callerReply(card, "行，就这么办吧。");
        assertThat(early).doesNotContain("[END");
    }

    @Test
    void theCustomerAnswersTheRepsQuestionFromItsOwnFactsAndPreferences() throws Exception {
        Card card = Fixtures.card("delivery.md");
        for (long seed = 1; seed <= 10; seed++) {
            Agent callee = OFFLINE.create(new CallContext(card, Fixtures.prompts(), Role.CALLEE, seed, Map.of()));
            List<Turn> h = new ArrayList<>(List.of(turn(0, Role.CALLER, card.caller().opening())));
            h.add(turn(1, Role.CALLEE, callee.respond(h).text()));
            h.add(turn(2, Role.CALLER, "请问楼里有电梯吗？"));
            String reply = callee.respond(h).text();
            if (!reply.contains("[END") && !reply.contains("挂") && !reply.contains("不聊")) { // an impatient one may leave instead
                assertThat(reply).as("seed " + seed).startsWith("有").contains("电梯");
            }
        }
        Agent callee = OFFLINE.create(new CallContext(card, Fixtures.prompts(), Role.CALLEE, 5, Map.of()));
        List<Turn> h = new ArrayList<>(List.of(turn(0, Role.CALLER, card.caller().opening())));
        h.add(turn(1, Role.CALLEE, callee.respond(h).text()));
        h.add(turn(2, Role.CALLER, "我们这周六、周日都可以送，分上午9点到12点和下午2点到6点两个时段，您看哪个方便？"));
        assertThat(callee.respond(h).text()).containsAnyOf("周六", "周日").containsAnyOf("上午", "下午");
    }

    @Test
    void aQuestionTheQaAnswersByItsAnswerGetsThatAnswerNotACheckBack() throws Exception {
        // "价格有没有变动" shares only 价格 with the entry "续费价格还有优惠吗？", whose answer gives the price
        String zh = callerReply(Fixtures.renewal(), "价格有没有变动？");
        assertThat(zh).contains("95折").doesNotContain("核实后回复");
        // English: meaning alone would pick "What happens if we don't renew in time?"; the context's words pick the billing entry
        String en = callerReply(Fixtures.card("english-support.md"), "Last year you charged us twice. How do I know that won't happen again?");
        assertThat(en).containsIgnoringCase("invoice").doesNotContain("read-only").doesNotStartWith("No.");
    }

    /** Per-turn acts and the script step said, plus the ending: two calls with one shape read as the same call. */
    private static String shape(Card card, Transcript t) {
        StringBuilder sb = new StringBuilder();
        for (Turn x : t.turns()) {
            String text = x.text().replaceAll("\\s*\\[END:\\d*]", "");
            List<String> ss = Speech.sentences(text);
            sb.append(x.speaker() == Role.CALLER ? 'r' : 'c').append(ss.stream().anyMatch(Speech::isQuestion) ? "Q" : "")
                    .append(Speech.backChannel(text) ? "B" : "");
            if (x.speaker() == Role.CALLER) {
                var steps = card.caller().steps();
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i).lines().stream().anyMatch(l -> text.toLowerCase().contains(l.toLowerCase()))) {
                        sb.append(i + 1);
                    }
                }
            }
            sb.append('|');
        }
        return sb.append(t.end().by()).append(t.end().condition()).toString();
    }

    /**
     * The fourth review: 13 of 20 calls ended on the customer's line with no word from the rep. Most customers now leave
     * the close to the rep; on the bundled cards at seeds 1-30, such calls went from 127 of 180 to 58.
     */
    @org.junit.jupiter.api.Test
    void mostCallsEndWithTheRepsClose() {
        int onCustomersLine = 0;
        for (String name : List.of("renewal.md", "delivery.md", "clinic.md", "english-support.md", "installment.md", "isp-visit.md")) {
            Card card = Fixtures.card(name);
            for (long seed = 1; seed <= 30; seed++) {
                var turns = OfflineEngineTest.call(card, seed, 30).turns();
                if (turns.get(turns.size() - 1).speaker() == Role.CALLEE) {
                    onCustomersLine++;
                }
            }
        }
        assertThat(onCustomersLine).as("calls of 180 ending on the customer's line").isLessThanOrEqualTo(70);
    }

    @ParameterizedTest
    @ValueSource(strings = {"renewal.md", "delivery.md", "clinic.md", "english-support.md", "installment.md", "isp-visit.md"})
    void aHundredSeedsGiveVariedCustomersAndCallShapes(String name) {
        Card card = Fixtures.card(name);
        List<String> customer = new ArrayList<>();
        java.util.Set<String> shapes = new java.util.HashSet<>();
        for (long seed = 1; seed <= 100; seed++) {
            Transcript t = OfflineEngineTest.call(card, seed, 30);
            t.turns().stream().filter(x -> x.speaker() == Role.CALLEE).forEach(x -> customer.add(x.text()));
            shapes.add(shape(card, t));
        }
        // floors at issue 12's target (distinct 0.50; this engine: 0.53-0.69 by bench/offline_check.py) and a little under the shapes (63-92, 58-90 by
        // this coarser shape), so a change that makes the customer repeat itself again fails here
        assertThat(new java.util.HashSet<>(customer).size() / (double) customer.size()).as(name + " distinct customer turns")
                .isGreaterThanOrEqualTo(0.5);
        // 45: a shape ends with who closed the call, and since most customers leave the close to the rep (review4), fewer
        // calls end on the customer's line (installment: 58 -> 47 shapes, with the same distinct customer turns)
        assertThat(shapes.size()).as(name + " call shapes per 100 seeds").isGreaterThanOrEqualTo(45);
    }
}
