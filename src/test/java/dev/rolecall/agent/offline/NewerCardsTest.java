package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cards the engine was not tuned on (labelled/holdout3 and holdout4): what a reader of their offline calls found wrong.
 * Offline, no network.
 */
class NewerCardsTest {
    static Card card(String path) {
        return CardParser.parse(Path.of("src/test/resources/labelled", path));
    }

    static final Card PARKING = card("holdout4/cards/parking.md");
    static final Card DENTAL = card("holdout4/cards/dental-recall.md");
    static final Card CLAIM = card("holdout3/cards/claim.md");
    static final Card GYM = card("holdout3/cards/gym-freeze.md");

    @Test
    void agreementEndsByTheSuccessConditionEvenInOtherWords() {
        // "吴建华定好年付或半年付，知道什么时候、怎么交" has none of the old agreement words; the call-back condition has 短信
        assertThat(new CardIndex(PARKING, Embedder.shared()).condition(Role.CALLEE, Intent.CONFIRM).number()).isEqualTo(1);
        assertThat(new CardIndex(PARKING, Embedder.shared()).condition(Role.CALLER, Intent.CONFIRM).number()).isEqualTo(1);
        CardIndex claim = new CardIndex(CLAIM, Embedder.shared());
        assertThat(claim.condition(Role.CALLEE, Intent.CONFIRM).number()).isEqualTo(1);
        assertThat(claim.condition(Role.CALLER, Intent.CONFIRM).number()).isEqualTo(1);
        assertThat(claim.condition(Role.CALLEE, Intent.MESSAGE).number()).isEqualTo(2);
    }

    /**
     * The fifth review: the swim-class card's read-back "朵朵报暑期初级班X班" was said with its X, and the coach's
     * assessment (换气) was never said, one line of its step standing for the step.
     */
    @Test
    void aBareXSlotIsFilledFromThePickOrLeftOutAndAStepIsSaidWithMoreThanOneLine() {
        Card swim = card("holdout11/cards/swim-class.md");
        int filled = 0;
        for (long seed = 21; seed <= 25; seed++) {
            var t = OfflineEngineTest.call(swim, seed, 30);
            String rep = t.turns().stream().filter(x -> x.speaker() == Role.CALLER).map(dev.rolecall.transcript.Turn::text)
                    .reduce("", String::concat);
            assertThat(rep).as("seed " + seed).doesNotContainPattern("(?<![A-Za-z])X[班号]").contains("换气");
            String pick = t.turns().stream().filter(x -> x.speaker() == Role.CALLEE).map(dev.rolecall.transcript.Turn::text)
                    .filter(x -> x.contains("周二下午") || x.contains("周一上午")).findFirst().orElse("");
            if (rep.contains("初级班B班") || rep.contains("初级班A班")) {
                filled++;
                // the class read back is the one whose days the customer picked: B meets on 周二, A on 周一
                assertThat(rep).contains(pick.contains("周二") ? "初级班B班" : "初级班A班");
            }
        }
        assertThat(filled).isGreaterThan(0);
    }

    /**
     * The ninth review: latent worries the card says the customer keeps to itself unless asked ("Latent: worried about being
     * audited…, but only says so if asked", "潜在问题：…担心App传资料自己弄不明白") were voiced at the first turn. Now only after
     * a rep turn that touches them (two of their words) or asks what worries the customer.
     */
    @Test
    void aLatentWorryIsVoicedOnlyOnceTheRepTouchesIt() {
        record Worry(Card card, String said, String touched) {}
        for (Worry w : List.of(new Worry(card("holdout18/cards/tax-prep.md"), "(?i)audit", "(?i)audit|uber|concern|worr|feel"),
                new Worry(card("holdout5/cards/rx-refill.md"), "(?i)grapefruit", "(?i)grapefruit|juice|concern|worr|feel"),
                new Worry(card("holdout3/cards/claim.md"), "App.{0,12}(?:弄不明白|不会)", "App|上传|顾虑|担心"))) {
            for (long seed = 61; seed <= 80; seed++) {
                List<Turn> turns = OfflineEngineTest.call(w.card(), seed, 30).turns();
                for (int i = 1; i < turns.size(); i++) {
                    if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().matches("(?s).*(?:" + w.said() + ").*")) {
                        String before = turns.subList(0, i).stream().filter(t -> t.speaker() == Role.CALLER).map(Turn::text)
                                .reduce("", String::concat);
                        assertThat(before).as(w.card().path() + " seed " + seed + " turn " + i).containsPattern(w.touched());
                    }
                }
            }
        }
    }

    /**
     * The eleventh and twelfth reviews: the bike-shop customer's first words were "Just the pads then. I'll think about the
     * rest." (as his hurry, by its "just") and "Wait, how much? It was eighty-nine." before the rep had named a repair or a
     * price. What a customer says that only the rep's script can have told it waits until the rep has said it.
     */
    @Test
    void theCustomerReactsOnlyToWhatTheRepHasSaid() {
        Card bike = card("holdout22/cards/bikeshop.md");
        int reactions = 0;
        for (long seed = 101; seed <= 130; seed++) {
            List<Turn> turns = OfflineEngineTest.call(bike, seed, 30).turns();
            StringBuilder rep = new StringBuilder();
            for (Turn t : turns) {
                if (t.speaker() == Role.CALLER) {
                    rep.append(t.text());
                } else if (t.text().matches("(?s).*\\b(?:pads|how much)\\b.*")) {
                    reactions++;
                    assertThat(rep.toString()).as("seed " + seed + " turn " + t.index() + ": " + t.text())
                            .containsPattern(t.text().contains("pads") ? "pads" : "(?i)\\$\\d|price");
                }
            }
        }
        assertThat(reactions).isGreaterThan(5); // still said, once they fit
    }

    /**
     * The fourteenth review: a call-back closed "行，周五上午我再联系您。没问题，那我明天中午12点再给您打电话…" (the card's closing
     * names its own time) in 4 of 4 calls; and the thirteenth: "Can you tell me what I owe?" was checked back on though a script
     * line gives the fine. The closing keeps only its clauses naming no other time; a price question finds a line with an amount.
     */
    @Test
    void aCallBackClosingNamesOneTimeAndWhatIsOwedIsTold() {
        Card pt = CardParser.parse(Path.of("src/test/resources/reviewed/pt-renewal.md"));
        int callbacks = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<Turn> turns = OfflineEngineTest.call(pt, seed, 30).turns();
            String last = turns.get(turns.size() - 1).text();
            if (turns.get(turns.size() - 1).speaker() == Role.CALLER && last.contains("再联系您") || last.contains("再给您打过来")) {
                callbacks++;
                assertThat(last).as("seed " + seed).doesNotContain("明天中午12点");
            }
        }
        assertThat(callbacks).isGreaterThan(2);
        Card library = CardParser.parse(Path.of("src/test/resources/reviewed/library.md"));
        int asked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(library, seed, 30).turns();
            for (int i = 1; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("what I owe")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("three dollars").doesNotContain("So to confirm");
                }
            }
        }
        assertThat(asked).isGreaterThan(3);
    }

    /**
     * The thirteenth review: no card behaviour line was said in 20 calls ("当售后说“向您道歉”时，她会说：“道歉就不用了…”", "When the
     * rep says the fine goes up every day, he says 'Then let's stop the clock…'", "一接起来先问：“你哪位？…”"), and "您要哪一种？"
     * after "一是…优惠券…；二是…砂糖橘" was answered "要。". Cued lines now follow their cue, the opener opens half the calls, and
     * counted-out options are picked from.
     */
    @Test
    void cardLinesFollowTheirCueAndCountedOptionsArePicked() {
        Card tuangou = CardParser.parse(Path.of("src/test/resources/reviewed/tuangou.md"));
        Card library = CardParser.parse(Path.of("src/test/resources/reviewed/library.md"));
        int cued = 0;
        int opened = 0;
        int picked = 0;
        for (long seed = 1; seed <= 20; seed++) {
            for (Card card : List.of(tuangou, library)) {
                List<Turn> turns = OfflineEngineTest.call(card, seed, 30).turns();
                opened += turns.size() > 1 && turns.get(1).text().matches("(?s)(?:你哪位|Oh dear).*") ? 1 : 0;
                for (int i = 1; i < turns.size(); i++) {
                    String said = turns.get(i).text();
                    String before = turns.get(i - 1).text();
                    if (turns.get(i).speaker() == Role.CALLEE && (said.contains("道歉就不用了") || said.contains("stop the clock"))) {
                        cued++;
                        assertThat(before).as(card.path() + " seed " + seed).containsPattern("道歉|fine goes up");
                    }
                    if (turns.get(i).speaker() == Role.CALLEE && before.endsWith("您要哪一种？")) {
                        assertThat(said).as("seed " + seed).containsPattern("优惠券|砂糖橘|先别|发我|挂");
                        picked += said.matches("(?s).*(?:优惠券|砂糖橘).*") ? 1 : 0;
                    }
                }
            }
        }
        assertThat(cued).isGreaterThan(10);
        // "Then let's stop the clock, can you renew them?" is met by the renewal line, not by "I lost the book, what then?"
        // (its "then" had been the only word they shared)
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(library, seed, 30).turns();
            for (int i = 1; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("stop the clock")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("renew").doesNotContain("replacement price");
                }
                if (turns.get(i).speaker() == Role.CALLEE) {
                    assertThat(turns.get(i).text()).as("seed " + seed).doesNotContain("The three"); // "For the three dollars" offers no "three"
                }
            }
        }
        assertThat(opened).isBetween(10, 30);
        assertThat(picked).isGreaterThan(5);
        assertThat(Speech.options("一是10元无门槛优惠券，30天内有效；二是下次团购免费送一袋2斤装的砂糖橘。您要哪一种？"))
                .containsExactly("无门槛优惠券", "砂糖橘");
        assertThat(Speech.yesWord("您方便看一下到了没有？")).isEqualTo("到了");
        // "您更倾向A、B还是C？": the lead-in is no part of the first option (the fourteenth review's customer picked "您更倾向A")
        assertThat(Speech.options("您看这三个里面，您更倾向A、B还是C？")).containsExactly("A", "B", "C");
        assertThat(Speech.options("For the three dollars you can pay online with your card number, pay at the front desk when you drop the"
                + " book off, or swap it for a donation of two tins of food. Which would you like?"))
                .containsExactly("pay online", "pay at the front desk", "swap it");
        assertThat(Speech.noWord("到了")).isEqualTo("还没到");
    }

    /**
     * The twelfth review: the property customer never asked "会不会要他赔" though the rep named 楼下602 in 10 of 10 calls (the
     * card: "除非对方提到楼下"), and the lawn customer asked about her puppy before any treatment was named, or never. A latent
     * worry whose trigger the card names comes out once the rep says it, in the customer's own person ("找我赔钱", not "找他").
     */
    @Test
    void aLatentWorryComesOutOnTheTriggerTheCardNames() {
        record Worry(String card, String said, String trigger) {}
        for (Worry w : List.of(new Worry("property-repair.md", "赔", "楼下"), new Worry("lawn-care.md", "(?i)puppy|dog", "(?i)fertiliz|treatment"))) {
            Card card = CardParser.parse(Path.of("src/test/resources/reviewed", w.card()));
            int voiced = 0;
            for (long seed = 1; seed <= 20; seed++) {
                List<Turn> turns = OfflineEngineTest.call(card, seed, 30).turns();
                for (int i = 1; i < turns.size(); i++) {
                    Turn t = turns.get(i);
                    if (t.speaker() == Role.CALLEE && t.text().matches("(?s).*(?:" + w.said() + ").*") && !t.text().contains("got a puppy")) {
                        voiced++;
                        String before = turns.subList(0, i).stream().filter(x -> x.speaker() == Role.CALLER).map(Turn::text)
                                .reduce("", String::concat);
                        assertThat(before).as(w.card() + " seed " + seed + " turn " + i).containsPattern(w.trigger());
                        assertThat(t.text()).doesNotContain("找他");
                        break;
                    }
                }
            }
            assertThat(voiced).as(w.card()).isGreaterThanOrEqualTo(10);
        }
        for (String concern : List.of("he's embarrassed to be late and wants to know what he owes")) {
            assertThat(CardText.concernAsSpeech(concern, false, 0, "he")).isEqualTo("Can you tell me what I owe?");
        }
    }

    /**
     * The twelfth review: 6 of 10 lawn-care calls closed by "The customer chooses a plan and books the first visit" with no plan
     * ever chosen (the script presents the Basic and Complete plans but never asks which). The rep now asks before it closes.
     */
    @Test
    void aPlanTheGoalNeedsIsAskedForBeforeTheClose() {
        Card lawn = CardParser.parse(Path.of("src/test/resources/reviewed/lawn-care.md"));
        int goal = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Transcript call = OfflineEngineTest.call(lawn, seed, 30);
            if (call.end().condition() != null && call.end().condition() == 1 && call.end().by() == Role.CALLER) {
                goal++;
                String customer = call.turns().stream().filter(t -> t.speaker() == Role.CALLEE).map(Turn::text).reduce("", String::concat);
                assertThat(customer).as("seed " + seed).containsPattern("Basic|Complete");
            }
        }
        assertThat(goal).isGreaterThan(5);
    }

    /**
     * The twelfth review: "对这次维修的服务，您打个分吧，1到5分" was answered "可以，周五上午，就这么定了。" (a request with no question
     * mark, taken as the booking's go-ahead) in every call, so no score was ever given. It is answered with the card's score and
     * reason ("打分时会提孙师傅迟到的事，给4分"); "几分钟" asks for none.
     */
    @Test
    void aRequestForAScoreIsAnsweredWithTheCardsScore() {
        Card repair = CardParser.parse(Path.of("src/test/resources/reviewed/property-repair.md"));
        int asked = 0;
        int answered = 0; // a customer out of patience leaves instead ("说这么多我没时间听…")
        for (long seed = 1; seed <= 20; seed++) {
            List<Turn> turns = OfflineEngineTest.call(repair, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("打个分")) {
                    asked++;
                    if (turns.get(i + 1).text().startsWith("给4分吧")) {
                        answered++;
                        assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("迟到");
                    }
                }
            }
        }
        assertThat(asked).isGreaterThan(10);
        assertThat(answered).isGreaterThanOrEqualTo(asked * 8 / 10);
        assertThat(CalleeAnswers.asksRating("仅需几分钟，帮您高效处理。")).isFalse();
        assertThat(CalleeAnswers.asksRating("How would you rate the visit, on a scale of 1 to 5?")).isTrue();
    }

    /**
     * The twelfth review: "那我周五上午再打给您。…再见！" closed a call by "约定了回电时间" after the customer's "改天你再打给我吧":
     * a time nobody agreed. The rep now asks when, the customer names a time, and the rep closes on that time.
     */
    @Test
    void aCallBackTimeIsAskedForAndClosedOn() {
        Card clinic = CardParser.parse(Path.of("prompts/cards/clinic.md"));
        int asked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Transcript call = OfflineEngineTest.call(clinic, seed, 30);
            List<Turn> turns = call.turns();
            for (int i = 0; i + 2 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("方便") && turns.get(i).text().contains("打过来")
                        || turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("方便我再联系您")) {
                    asked++;
                    String when = CallbackTime.in(turns.get(i + 1).text());
                    assertThat(when).as("seed " + seed + ": " + turns.get(i + 1).text()).isNotNull();
                    assertThat(turns.get(i + 2).text()).as("seed " + seed).contains(when);
                    assertThat(i + 2).isEqualTo(turns.size() - 1);
                    assertThat(call.end().condition()).isEqualTo(3);
                }
            }
        }
        assertThat(asked).isGreaterThan(3);
    }

    /**
     * The ninth review: "Gary wants to talk to Carol first" and "孙立伟说要和爱人商量" were recorded on "I need to check my
     * calendar" and "check that day with work" (a retiree), the spouse never named. The hold-off now names whom the card's
     * condition says the customer must ask.
     */
    @Test
    void aHoldOffNamesWhomTheConditionSaysToAsk() {
        Card rx = card("holdout5/cards/rx-refill.md");
        Card tour = card("holdout18/cards/group-tour.md");
        int carol = 0;
        int spouse = 0;
        for (long seed = 61; seed <= 80; seed++) {
            for (Turn t : OfflineEngineTest.call(rx, seed, 30).turns()) {
                if (t.speaker() == Role.CALLEE) {
                    assertThat(t.text()).as("rx seed " + seed).doesNotContain("calendar").doesNotContain("with work");
                    carol += t.text().matches("(?s).*(?:talk to|check with) Carol first.*") ? 1 : 0;
                }
            }
            for (Turn t : OfflineEngineTest.call(tour, seed, 30).turns()) {
                spouse += t.speaker() == Role.CALLEE && t.text().contains("跟爱人商量") ? 1 : 0;
            }
        }
        assertThat(carol).isPositive();
        assertThat(spouse).isPositive();
        // the catering card's own "Put it in an email, I need to check first." is a hold-off the rep closes on, not a line it
        // answers with "So shall I go ahead on that basis?" until the customer says it a third time (the tenth review)
        assertThat(Speech.decision("Put it in an email, I need to check first.")).isEqualTo(Intent.MESSAGE);
        assertThat(Speech.decision("Just text me the details.")).isEqualTo(Intent.MESSAGE);
        assertThat(new CalleeWording(new CardIndex(card("holdout17/cards/catering-order.md"), Embedder.shared()),
                new java.util.SplittableRandom(1), null).consult("Marcus has to check the numbers with Denise and asks for everything by email."))
                .contains("Denise");
    }

    /**
     * The tenth review: the purifier card's read-back "某月某日某时段，锦华苑12号502室…" was said with its 某 slots, and a turn
     * answering two questions said "核实后回复您" twice. The slots take the customer's pick; one promise to check a turn.
     */
    @Test
    void aSomeDaySlotIsFilledAndACheckBackIsSaidOnceATurn() {
        Card purifier = card("holdout17/cards/purifier-filter.md");
        for (long seed = 71; seed <= 90; seed++) {
            for (Turn t : OfflineEngineTest.call(purifier, seed, 30).turns()) {
                if (t.speaker() == Role.CALLER) {
                    assertThat(t.text()).as("seed " + seed).doesNotContain("某月").doesNotContain("某时段");
                    assertThat(t.text().split("回复您", -1).length - 1).as("seed " + seed + ": " + t.text()).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    /**
     * The tenth review: "你们是哪里的？不会让我转账吧？" was met with "核实后回复您" in 4 of 5 purifier calls, though the card's red
     * line says "不得让用户转账". A yes-or-no question about what the card forbids is answered by the rule.
     */
    @Test
    void aQuestionAboutWhatTheCardForbidsIsAnsweredByTheRule() {
        Card purifier = card("holdout17/cards/purifier-filter.md");
        int asked = 0;
        for (long seed = 71; seed <= 90; seed++) {
            List<Turn> turns = OfflineEngineTest.call(purifier, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("不会让我转账吧")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("不会让您转账");
                }
            }
        }
        assertThat(asked).isPositive();
    }

    /**
     * The eleventh review: the glasses card writes its lines in straight single quotes ('Which would you like to do?'), and
     * every rep line kept them; its "Underneath: he thinks stores push customers around" was read aloud, label and all.
     */
    @Test
    void singleQuotedLinesAreSpokenWithoutTheirQuotesAndUnderneathIsALatentConcern() {
        Card glasses = card("holdout21/cards/glasses.md");
        List<String> lines = glasses.caller().steps().stream().flatMap(st -> st.lines().stream()).toList();
        assertThat(lines).contains("Which would you like to do?").noneSatisfy(l -> assertThat(l).startsWith("'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("They'd be ready Tuesday, October 20"));
        assertThat(glasses.callee().concerns()).anySatisfy(c -> {
            assertThat(c.level()).isEqualTo(dev.rolecall.card.Concern.Level.LATENT);
            assertThat(c.text()).startsWith("he thinks stores push customers around");
        });
        for (long seed = 81; seed <= 85; seed++) {
            assertThat(OfflineEngineTest.call(glasses, seed, 30).turns()).as("seed " + seed)
                    .noneSatisfy(t -> assertThat(t.text()).containsPattern("(?i)underneath|^'|\\s'[A-Z]"));
        }
    }

    /**
     * The eleventh review: "All in, it'd be $233. Or pads only, $113. Or just the tune-up, $89. Which would you like us to
     * do?" was answered "Yes." The priced sentences are its options; and a read-back "So that's ___, ready ___." takes the
     * pick in its first blank only.
     */
    @Test
    void pricedSentencesAreTheOptionsOfAWhichQuestion() {
        assertThat(Speech.options("All in, it'd be $233. Or pads only, $113. Or just the tune-up, $89. Which would you like us to do?"))
                .containsExactly("All in", "pads only", "the tune-up");
        Card bike = card("holdout22/cards/bikeshop.md");
        TemplateFiller filler = new TemplateFiller(new CardIndex(bike, Embedder.shared()), Lang.EN);
        assertThat(filler.fill("So that's ___, ready ___. I'll text you a summary.", "pads only", null))
                .isEqualTo("So that's pads only. I'll text you a summary.");
        int asked = 0;
        for (long seed = 81; seed <= 90; seed++) {
            List<Turn> turns = OfflineEngineTest.call(bike, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().endsWith("Which would you like us to do?")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("(?i)all in|pads only|tune-up|think|email|text");
                }
            }
        }
        assertThat(asked).isPositive();
    }

    /**
     * The eleventh review: "I have to go." was closed with the glasses card's "Your refund is on its way…" (its condition: he
     * cancels), nothing cancelled. A customer who has to go, turning nothing down, is closed as one who will think it over.
     */
    @Test
    void aCustomerWhoHasToGoIsNotClosedAsACancellation() throws Exception {
        Card glasses = card("holdout21/cards/glasses.md");
        for (long seed = 1; seed <= 10; seed++) {
            var rep = OfflineEngineTest.OFFLINE.create(new dev.rolecall.agent.CallContext(glasses, dev.rolecall.testing.Fixtures.prompts(),
                    Role.CALLER, seed, java.util.Map.of()));
            String opening = rep.respond(List.of()).text();
            String close = rep.respond(List.of(turn(0, Role.CALLER, opening), turn(1, Role.CALLEE, "I have to go."))).text();
            assertThat(close).as("seed " + seed).doesNotContain("refund").contains("[END:2]");
            var again = OfflineEngineTest.OFFLINE.create(new dev.rolecall.agent.CallContext(glasses, dev.rolecall.testing.Fixtures.prompts(),
                    Role.CALLER, seed, java.util.Map.of()));
            String first = again.respond(List.of()).text();
            assertThat(again.respond(List.of(turn(0, Role.CALLER, first), turn(1, Role.CALLEE, "Just cancel it. I'm done."))).text())
                    .as("seed " + seed).contains("[END:3]");
        }
    }

    /** The eleventh review: "能不能赔？" was met with "核实后回复您" in 5 of 5 dry-cleaning calls; 赔 is only in "你们的赔付标准是怎样的？". */
    @Test
    void aShortQuestionIsAnsweredByTheOnlyEntryWithItsWord() {
        Card dry = card("holdout22/cards/drycleaning.md");
        CardIndex index = new CardIndex(dry, Embedder.shared());
        int entry = index.answerQa("能不能赔？", "能不能赔？");
        assertThat(entry).isGreaterThanOrEqualTo(0);
        assertThat(dry.caller().qa().get(entry).question()).contains("赔付标准");
        assertThat(index.answerQa("能不能快点？", "能不能快点？")).isNotEqualTo(entry);
    }

    /**
     * The lease card's read-back "您选的是续X年、月租XXXX、X付，对吗？" was said as written in 5 of 10 calls (the customer had said
     * only "行，那就按这个办"): unfilled, it is asked ("续几年…？"), and the customer answers with one of the terms the rep offered
     * ("两年吧"), not "对，没错".
     */
    @Test
    void anUnfilledReadBackIsAskedAndAnsweredWithAnOfferedTerm() {
        Card lease = card("holdout8/cards/lease-renewal.md");
        int asked = 0;
        for (long seed = 41; seed <= 50; seed++) {
            List<Turn> turns = OfflineEngineTest.call(lease, seed, 30).turns();
            for (int i = 0; i < turns.size(); i++) {
                Turn t = turns.get(i);
                if (t.speaker() != Role.CALLER) {
                    continue;
                }
                assertThat(t.text()).as("seed " + seed).doesNotContainPattern("(?<![A-Za-z])X+(?![A-Za-z])");
                if (t.text().contains("续几年") && i + 1 < turns.size()) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("[一两]年");
                }
            }
        }
        assertThat(asked).isGreaterThan(0);
    }

    /**
     * The fifth review: "有没有人一直看着？" was met with "这个我核实后回复您" in 5 of 5 swim calls, where a script line says
     * "…岸上还有持证救生员一直看着"; a card sentence with four of the question's characters in a row answers it, and the
     * customer hears it as the answer.
     */
    @Test
    void aCardSentenceSharingThePhraseAskedAnswersIt() {
        assertThat(Speech.sharesPhrase("有没有人一直看着？", "岸上还有持证救生员一直看着。", 4)).isTrue();
        assertThat(Speech.sharesPhrase("有没有人看着？", "岸上还有持证救生员一直看着。", 4)).isFalse();
        Card swim = card("holdout11/cards/swim-class.md");
        int asked = 0;
        for (long seed = 21; seed <= 30; seed++) {
            var turns = OfflineEngineTest.call(swim, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("有没有人一直看着")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("救生员一直看着").doesNotContain("核实");
                    assertThat(turns.subList(i + 2, turns.size())).as("seed " + seed)
                            .noneMatch(t -> t.speaker() == Role.CALLEE && t.text().contains("有没有人一直看着"));
                }
            }
        }
        assertThat(asked).isGreaterThan(0);
    }

    @Test
    void optionsAreReadFromTheCardsWordsAndNotWhereTheyAreRefused() {
        assertThat(Speech.options("年付打九五折，一年4560元；半年付2400元，不打折；不支持按月付。您看选哪种？")).containsExactly("年付", "半年付");
        assertThat(Speech.options("第一种是到合作的修理厂修。第二种是您自己选修理厂。您看选哪种？")).containsExactly("第一种", "第二种");
        String q = CalleeAnswers.withOptionsBefore("I have Tuesday, June 10 at 8:00 am or Thursday, June 12 at 4:30 pm. "
                + "Either one can do both. Which one suits you?", "Which one suits you?");
        assertThat(Speech.options(q)).contains("Tuesday", "Thursday");
    }

    /**
     * The sixteenth set's cards: "明天上午、明天下午，或者周四上午" are three slots, and "周四下午" (picked by putting one slot's day
     * with another's time of day) was none of them; "Have you noticed any burning or gas smell, or has a carbon monoxide
     * alarm gone off?" asks whether, and "Gas smell is best for me" answered it as a choice.
     */
    @Test
    void slotsAreTakenAsOfferedAndAWhetherQuestionOffersNoChoice() {
        String offer = "可以约明天7月15日上午9点到12点、明天下午2点到6点，或者7月16日周四上午9点到12点，您看哪个方便？";
        assertThat(CalleeAnswers.offeredSlots(offer)).containsExactly("明天上午", "明天下午", "周四上午");
        assertThat(CalleeAnswers.offeredSlots("我们这周六、周日都可以送，分上午9点到12点和下午2点到6点两个时段，您看哪个方便？")).isEmpty();
        assertThat(Speech.options("When does the rattle happen? Have you noticed any burning or gas smell, or has a carbon monoxide"
                + " alarm gone off?")).isEmpty();
        assertThat(Speech.options("Would you like the morning or the afternoon?")).contains("morning", "afternoon");
        // opening days are no choice of them (piano seed 14: "Let's do Monday." to a question about sticky keys)
        assertThat(Speech.options("Monday to Saturday, 8 am to 6 pm, at (503) 555-0164. Are there any keys that stick or make no sound,"
                + " or any buzzing?")).isEmpty();
        assertThat(Speech.options("营业时间周一到周六，您看周二还是周四方便？")).containsExactly("周二", "周四");
        String windows = "I have Thursday the 22nd with an 8-to-10 am arrival window or a 1-to-3 pm window, or Friday the 23rd between 10 and noon.";
        assertThat(CalleeAnswers.windowsOf(windows, "Thursday")).containsExactly("8-to-10 am", "1-to-3 pm");
        assertThat(CalleeAnswers.windowsOf(windows, "Friday")).containsExactly("between 10 and noon");
        Card repair = card("holdout16/cards/screen-repair.md");
        for (long seed = 1; seed <= 20; seed++) {
            Transcript t = OfflineEngineTest.call(repair, seed, 30);
            assertThat(t.turns().stream().filter(x -> x.speaker() == Role.CALLEE).map(Turn::text))
                    .as("seed " + seed).noneSatisfy(x -> assertThat(x).contains("周四下午"));
        }
    }

    /**
     * The third review (20 calls on the fifteenth and sixteenth sets' cards): the rep checked back on questions the card
     * answers in 14 of them: a price or a time the card gives in a script line, not a Q&A entry ("一共多少钱？", "要钱吗？"),
     * and "It's not going to blow up on me, is it?" for the furnace card's "Is it dangerous?".
     */
    @Test
    void aPriceOrTimeInAScriptLineAndASafetyQuestionAreAnsweredNotCheckedBack() {
        java.util.regex.Pattern checkBack = java.util.regex.Pattern.compile("核实后回复您|get back to you|不能乱说");
        int priced = 0;
        int safety = 0;
        for (String path : List.of("holdout15/cards/pet-boarding.md", "holdout16/cards/screen-repair.md", "holdout16/cards/furnace-tuneup.md")) {
            Card c = card(path);
            for (long seed = 11; seed <= 20; seed++) {
                List<Turn> turns = OfflineEngineTest.call(c, seed, 30).turns();
                for (int i = 0; i + 1 < turns.size(); i++) {
                    String q = turns.get(i).text();
                    if (turns.get(i).speaker() != Role.CALLEE) {
                        continue;
                    }
                    if (q.matches(".*(一共多少钱|要钱吗).*")) {
                        priced++;
                        assertThat(turns.get(i + 1).text()).as(path + " seed " + seed).containsPattern("\\d+元|不用您付钱|免费");
                    }
                    if (q.contains("blow up")) {
                        safety++;
                        assertThat(turns.get(i + 1).text()).as(path + " seed " + seed).doesNotContainPattern(checkBack.pattern())
                                .contains("can't diagnose it over the phone");
                    }
                }
            }
        }
        assertThat(priced).isPositive();
        assertThat(safety).isPositive();
        // a step's price is its figure to say: "It's a flat $89…" over "a 21-point inspection" (said in 0 of 5 reviewed calls)
        Card furnace = card("holdout16/cards/furnace-tuneup.md");
        long withPrice = java.util.stream.LongStream.rangeClosed(11, 20).filter(seed -> OfflineEngineTest.call(furnace, seed, 30).turns()
                .stream().anyMatch(t -> t.speaker() == Role.CALLER && t.text().contains("$89"))).count();
        assertThat(withPrice).isGreaterThanOrEqualTo(7);
        // a step's question is asked though the figures it names were told ("您看10月1号大概几点送过来，7号几点来接？" after
        // "10月1号到7号一共6晚"): pet seed 11 had never asked the drop-off and pick-up
        Card pet = card("holdout15/cards/pet-boarding.md");
        long askedTimes = java.util.stream.LongStream.rangeClosed(11, 20).filter(seed -> OfflineEngineTest.call(pet, seed, 30).turns()
                .stream().anyMatch(t -> t.speaker() == Role.CALLER && t.text().contains("几点送过来"))).count();
        // 6 of 10 since latent worries wait to be touched (the agendas drawn moved: 14 of seeds 11-30, was 16; the rest end
        // before the step, the customer out of patience or asking for it in writing)
        assertThat(askedTimes).isGreaterThanOrEqualTo(6);
        // what the customer's success condition says it must know is told: "knows to clear space and shut the dog away"
        long prepared = java.util.stream.LongStream.rangeClosed(11, 20).filter(seed -> OfflineEngineTest.call(furnace, seed, 30).turns()
                .stream().anyMatch(t -> t.speaker() == Role.CALLER && t.text().contains("clear space"))).count();
        assertThat(prepared).isGreaterThanOrEqualTo(7);
    }

    @Test
    void cardTextIsSpokenAsACustomerOrARepWouldSayIt() {
        assertThat(Speech.swapPronounsEn("whether he loses the PT sessions")).isEqualTo("whether I lose the PT sessions");
        assertThat(Speech.swapPronounsEn("money is okay but he's careful")).isEqualTo("money is okay but I'm careful");
        assertThat(FactReader.factAsSpeech("Did not know a freeze existed", "Dan Whitfield", false)).isEqualTo("I did not know a freeze existed");
        assertThat(FactReader.factAsSpeech("Hasn't been to the dentist since March 2024", "Ray Donnelly", false))
                .isEqualTo("I haven't been to the dentist since March 2024");
        assertThat(Speech.bracketsSpoken("No. Saturdays are hygiene only (cleanings and exams).")).isEqualTo("No. Saturdays are hygiene only, cleanings and exams.");
        // the furnace card's "…rattled for a few seconds every time it starts, then settles down": "Just so you know, then settles down."
        assertThat(FactReader.factAsSpeech("then settles down", "Gary Lindqvist", false)).isNull();
        assertThat(Speech.bracketsSpoken("Call (617) 555-0148.")).isEqualTo("Call (617) 555-0148.");
    }

    @Test
    void callsOnTheNewerCardsEndAsTheirWordsSay() {
        for (Card card : List.of(PARKING, DENTAL, CLAIM, GYM)) {
            CardIndex index = new CardIndex(card, Embedder.shared());
            for (long seed = 1; seed <= 40; seed++) {
                Transcript t = OfflineEngineTest.call(card, seed, 30);
                String name = card.path().getFileName() + " seed " + seed;
                List<Turn> turns = t.turns();
                String caller = String.join(" ", turns.stream().filter(x -> x.speaker() == Role.CALLER).map(Turn::text).toList());
                // no slot left empty or cut by the reply cleaner
                assertThat(turns.stream().filter(x -> x.speaker() == Role.CALLER).flatMap(x -> x.flags().stream()).toList())
                        .as(name).doesNotContain("stage_direction");
                assertThat(caller).as(name).doesNotContain(" .").doesNotContain("[");
                if (t.end().condition() == null) {
                    continue;
                }
                boolean success = index.condition(t.end().by(), Intent.CONFIRM).number() == t.end().condition();
                String last = turns.get(turns.size() - 1).text();
                List<String> calleeSaid = turns.stream().filter(x -> x.speaker() == Role.CALLEE).map(Turn::text).toList();
                String lastCallee = calleeSaid.get(calleeSaid.size() - 1).replaceAll("\\s*\\[END:\\d*]", "");
                if (success && t.end().by() == Role.CALLER) {
                    // a success is not closed with "talk it over with your family and call us back"
                    assertThat(last).as(name).doesNotContain("商量好了回个电话").doesNotContain("when you know your schedule")
                            .doesNotContain("when you've decided");
                }
                if (t.end().by() == Role.CALLEE && Intent.MESSAGE.hits(t.end().conditionText()) > 0 && !success) {
                    // a call-back ending's last words are not "就这么定了"
                    assertThat(Speech.decision(lastCallee)).as(name + ": " + lastCallee).isNotEqualTo(Intent.CONFIRM);
                }
            }
        }
    }

    @Test
    void aChoiceIsAnsweredWithAChoice() throws Exception {
        // "您看选哪种？" after the two plans is answered with one of them, never a bare "对。"
        for (long seed = 1; seed <= 30; seed++) {
            Transcript t = OfflineEngineTest.call(PARKING, seed, 30);
            List<Turn> turns = t.turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().endsWith("您看选哪种？")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsAnyOf("年付", "半年付", "发", "商量", "考虑");
                }
            }
        }
    }

    @Test
    void aPickIsEchoedOnceAndKeptWhenAskedAgain() {
        for (long seed = 1; seed <= 30; seed++) {
            Transcript t = OfflineEngineTest.call(PARKING, seed, 30);
            String all = String.join("\n", t.turns().stream().map(Turn::text).toList());
            assertThat(all).as("seed " + seed).doesNotContain("半年付年付").doesNotContain("半年付、半年付");
            List<String> picks = new java.util.ArrayList<>();
            for (int i = 1; i < t.turns().size(); i++) {
                String asked = t.turns().get(i - 1).text();
                String said = t.turns().get(i).text();
                if (t.turns().get(i).speaker() == Role.CALLEE && (asked.contains("选哪种") || asked.contains("您选的是"))) {
                    picks.add(said.contains("半年付") ? "半年付" : said.matches("(?s).*(?<!半)年付.*") ? "年付" : "");
                }
            }
            picks = picks.stream().filter(x -> !x.isEmpty()).distinct().toList();
            assertThat(picks).as("seed " + seed + ": the customer changes its pick").hasSizeLessThanOrEqualTo(1);
        }
        assertThat(Speech.isQuestion("Quick question: tell me whether I have to take time off work.")).isTrue();
        assertThat(Speech.swapPronounsEn("what it will cost him")).isEqualTo("what it will cost me");
    }

    @Test
    void aTemplateSlotInACardLineIsFilledNotCut() throws Exception {
        // holdout4's dental draft: "So that's [day and time] for [checkup and cleaning / plus the filling]. Is that right?"
        Card draft = CardParser.parse(Path.of("src/test/resources/cards/variant-step-dash.md"));
        for (long seed = 1; seed <= 10; seed++) {
            Transcript t = OfflineEngineTest.call(draft, seed, 30);
            for (Turn x : t.turns()) {
                if (x.speaker() == Role.CALLER && x.text().contains("So that's")) {
                    assertThat(x.text()).as("seed " + seed).doesNotContain("[").doesNotContain(" for .")
                            .contains("for checkup and cleaning");
                }
                assertThat(x.flags()).as("seed " + seed).doesNotContain("stage_direction");
            }
        }
    }

    /**
     * An irritated customer put off once ("其他细节我核实一下") who then picked the plan, the cycle and the channel and
     * refuses at the closing question says why ("我问的你还得回去核实，算了…"), without restating its pick first; a bare
     * "算了，这次先不办了" was a reversal nothing in the call bore out (the fresh clone's first call, seed 482780).
     */
    @Test
    void aCustomerWhoChoseDoesNotRefuseForOneCheckBack() {
        Card renewal = dev.rolecall.testing.Fixtures.renewal();
        java.util.regex.Pattern chose = java.util.regex.Pattern.compile("(年度|季度|月度)吧");
        java.util.regex.Pattern refuses = java.util.regex.Pattern.compile("先不办了|别再打了");
        List<Long> seeds = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1, 150).boxed().toList());
        seeds.add(482780L);
        for (long seed : seeds) {
            boolean picked = false;
            for (Turn x : OfflineEngineTest.call(renewal, seed, 30).turns()) {
                if (x.speaker() != Role.CALLEE) {
                    continue;
                }
                if (picked && refuses.matcher(x.text()).find()) {
                    assertThat(x.text()).as("seed " + seed + ": the refusal names the put-off").containsAnyOf("核实", "答不上");
                    // "就按刚才说的，季度。…算了，先不办了。" confirmed and refused in one breath (seed 21)
                    assertThat(x.text()).as("seed " + seed).doesNotContain("就按刚才说的", "对，还是");
                }
                picked |= chose.matcher(x.text()).find();
            }
        }
    }

    /**
     * holdout13's solar card: "Book the slot" has the offer ("I have Monday… or Thursday…? Which works best for you?") and a
     * statement ("Dan will text you about an hour before"). The rep said the statement for the step and later confirmed
     * "the time you picked" with nothing offered (41 of 100 seeds, the review); the choice is never left out.
     */
    @Test
    void aStepsChoiceIsOfferedBeforeAnythingIsConfirmed() throws Exception {
        Card solar = CardParser.parse(Path.of("src/test/resources/labelled/holdout13/cards/solar-survey.md"));
        for (long seed = 1; seed <= 20; seed++) {
            String rep = OfflineEngineTest.call(solar, seed, 30).turns().stream().filter(t -> t.speaker() == Role.CALLER)
                    .map(Turn::text).collect(java.util.stream.Collectors.joining("\n"));
            if (rep.contains("So that's")) {
                assertThat(rep).as("seed " + seed).contains("Which works best for you?");
                assertThat(rep.indexOf("Which works best")).as("seed " + seed).isLessThan(rep.indexOf("So that's"));
            }
        }
    }

    /**
     * Of a step's statements that state figures, the first is said: the review found english-support's step 3 done by
     * "You can also switch to monthly billing…" alone in 27 of 50 calls (the 15% offer never made) and the clinic's
     * step 3 by the diet or mouthwash line in 29 of 50 (the antibiotic course never given).
     */
    @Test
    void aStepsLeadFigureLineIsSaidBeforeItsOthers() {
        Card support = CardParser.parse(Path.of("prompts/cards/english-support.md"));
        Card clinic = CardParser.parse(Path.of("prompts/cards/clinic.md"));
        int seen = 0;
        for (long seed = 1; seed <= 25; seed++) {
            String rep = repText(support, seed);
            if (rep.contains("switch to monthly") || rep.contains("15% off")) {
                seen++;
                assertThat(rep).as("seed " + seed).contains("15% off");
                if (rep.contains("switch to monthly")) {
                    assertThat(rep.indexOf("15% off")).as("seed " + seed).isLessThan(rep.indexOf("switch to monthly"));
                }
            }
            String nurse = repText(clinic, seed);
            if (nurse.contains("漱口水") || nurse.contains("咀嚼") || nurse.contains("消炎药要连续")) {
                seen++;
                assertThat(nurse).as("seed " + seed).contains("消炎药要连续吃满5天");
            }
        }
        assertThat(seen).isGreaterThan(30);
    }

    /**
     * "周六上午能送吗？" is answered with the line offering the weekend slots, not the Q&A entry on weekday evenings (26 of 26
     * calls, the review), and the customer then books the slot it asked for (21 of 26 had booked another).
     */
    @Test
    void aDayAskedForIsOfferedAndBooked() {
        Card delivery = CardParser.parse(Path.of("prompts/cards/delivery.md"));
        int asked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Turn> turns = OfflineEngineTest.call(delivery, seed, 30).turns();
            for (int i = 0; i + 2 < turns.size(); i++) {
                // (with the card's opener "什么时候能送，能不能周末？" in the same turn, the weekday-evening entry answers that first)
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("周六上午能送吗") && !turns.get(i).text().contains("能不能周末")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("周六、周日都可以送").doesNotStartWith("工作日晚上");
                    String pick = turns.get(i + 2).text();
                    if (pick.matches("(?s).*(周六|周日)(上午|下午).*")) {
                        assertThat(pick).as("seed " + seed).contains("周六上午");
                    }
                }
            }
        }
        assertThat(asked).isGreaterThan(3);
    }

    /**
     * A customer who asked "What's the price if we drop to 32 seats?" does not say yes to keeping 40 (24 of 50 calls, the
     * review): it answers with its own number.
     */
    @Test
    void aCustomerKeepsToTheNumberItAskedFor() {
        Card support = CardParser.parse(Path.of("prompts/cards/english-support.md"));
        int asked = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Turn> turns = OfflineEngineTest.call(support, seed, 30).turns();
            boolean dropAsked = false;
            for (int i = 0; i + 1 < turns.size(); i++) {
                dropAsked |= turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("drop to 32 seats");
                if (dropAsked && turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("keep the same number of seats")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("32 seats").doesNotStartWith("Yes");
                    // and the rep prices no 40 seats after that: the card has no price for 32, the old one is wrong for it
                    assertThat(turns.subList(i + 2, turns.size())).as("seed " + seed)
                            .noneMatch(t -> t.speaker() == Role.CALLER && t.text().contains("for 40 seats"));
                }
            }
        }
        assertThat(asked).isGreaterThan(5);
    }

    /**
     * A figure the rep's side of the card already states is not told to the rep in passing: "For what it's worth, I manage
     * 40 CloudDesk Pro seats." (16 of 30 calls) read as card prose recited; a hold-off after the customer's own pick says why.
     */
    @Test
    void theCustomerDoesNotTellTheRepWhatItsCardSaysAndSaysWhyItHoldsOff() {
        Card support = CardParser.parse(Path.of("prompts/cards/english-support.md"));
        Card clinic = CardParser.parse(Path.of("prompts/cards/clinic.md"));
        for (long seed = 1; seed <= 30; seed++) {
            assertThat(OfflineEngineTest.call(support, seed, 30).turns()).as("seed " + seed)
                    .noneMatch(t -> t.speaker() == Role.CALLEE && t.text().contains("I manage 40"));
            for (Turn t : OfflineEngineTest.call(clinic, seed, 30).turns()) {
                if (t.speaker() == Role.CALLEE && (t.text().contains("先别定") || t.text().contains("先别急着"))) {
                    assertThat(t.text()).as("seed " + seed).containsPattern("安排|确认|看看");
                }
            }
            // "The technician will text you thirty minutes before arriving" offers nothing in writing: a customer who picked
            // a slot and then asks for it in writing says why (isp-visit seed 12345, the second review)
            List<Turn> isp = OfflineEngineTest.call(CardParser.parse(Path.of("prompts/cards/isp-visit.md")), seed, 30).turns();
            boolean picked = false;
            for (Turn t : isp) {
                if (t.speaker() == Role.CALLEE && picked && t.text().matches("(?is).*\\b(?:writing|send me)\\b.*")) {
                    assertThat(t.text()).as("seed " + seed).containsPattern("check|Too long"); // a reason: its calendar, or a rep who talked too long
                }
                picked |= t.speaker() == Role.CALLEE && t.text().matches("(?s).*(?:Tuesday|Thursday) (?:morning|afternoon).*");
            }
        }
    }

    /**
     * A worry said, not asked, that the card does not answer is acknowledged, not met with "这个我核实后回复您" (the second review).
     * The clinic card's worry is latent, said only once touched: the rep is handed it directly.
     */
    @Test
    void aWorryTheCardDoesNotAnswerIsAcknowledgedNotCheckedBack() throws Exception {
        Card clinic = CardParser.parse(Path.of("prompts/cards/clinic.md"));
        for (long seed = 1; seed <= 20; seed++) {
            var rep = OfflineEngineTest.OFFLINE.create(new dev.rolecall.agent.CallContext(clinic, dev.rolecall.testing.Fixtures.prompts(),
                    Role.CALLER, seed, java.util.Map.of()));
            String opening = rep.respond(List.of()).text();
            List<Turn> history = List.of(turn(0, Role.CALLER, opening), turn(1, Role.CALLEE, "方便。我有点担心种植失败，钱白花了。"));
            assertThat(rep.respond(history).text()).as("seed " + seed).doesNotContain("核实").containsPattern("担心|顾虑");
        }
    }

    private static Turn turn(int index, Role speaker, String text) {
        return new Turn(index, speaker, speaker.id(), text, 0, null, null, null, null, null, List.of());
    }

    /**
     * The customer listens: no "没有电梯怎么办？" from one whose card says 楼里有电梯 (7 of 50 calls, then "有，楼里有电梯。"), no
     * "Does the visit cost anything?" right after "there is no charge for it", no "挺好的" from a patient still swollen.
     */
    @Test
    void theCustomerDoesNotAskWhatItsCardOrTheRepAlreadySettled() {
        Card delivery = CardParser.parse(Path.of("prompts/cards/delivery.md"));
        Card isp = CardParser.parse(Path.of("prompts/cards/isp-visit.md"));
        Card clinic = CardParser.parse(Path.of("prompts/cards/clinic.md"));
        for (long seed = 1; seed <= 40; seed++) {
            assertThat(OfflineEngineTest.call(delivery, seed, 30).turns()).as("seed " + seed)
                    .noneMatch(t -> t.speaker() == Role.CALLEE && t.text().contains("没有电梯怎么办"));
            List<Turn> turns = OfflineEngineTest.call(isp, seed, 30).turns();
            // a reaction the card ties to vague answers is not its opening (20 of 53 calls opened with it, the review)
            assertThat(turns.get(1).text()).as("seed " + seed).doesNotContain("Just give me a day and a time");
            for (int i = 1; i < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("cost anything")) {
                    assertThat(turns.get(i - 1).text()).as("seed " + seed).doesNotContain("no charge");
                }
            }
            assertThat(OfflineEngineTest.call(clinic, seed, 30).turns()).as("seed " + seed)
                    .noneMatch(t -> t.speaker() == Role.CALLEE && t.text().contains("挺好的"));
        }
    }

    /** A customer who picked a channel ("邮箱吧") asks for it in writing by that channel, not "…全部一次发我微信" (the fresh clone's call). */
    @Test
    void aCustomerAsksForItInWritingByTheChannelItPicked() {
        Card renewal = dev.rolecall.testing.Fixtures.renewal();
        int picked = 0;
        for (long seed = 1; seed <= 100; seed++) {
            List<Turn> turns = OfflineEngineTest.call(renewal, seed, 30).turns();
            String channel = null;
            for (Turn t : turns) {
                if (t.speaker() != Role.CALLEE) {
                    continue;
                }
                var m = java.util.regex.Pattern.compile("(短信|微信|邮箱)(?:吧|可以|比较好|就行)").matcher(t.text());
                if (channel == null && m.find()) {
                    channel = m.group(1);
                    picked++;
                } else if (channel != null && t.text().matches("(?s).*(发我(短信|微信|邮箱)|(短信|微信|邮箱)发我).*")) {
                    // the card's own line ("…全部一次发我微信") and the engine's ("你短信发我吧，我先挂了") alike
                    assertThat(t.text()).as("seed " + seed).containsPattern("发我" + channel + "|" + channel + "发我");
                }
            }
        }
        assertThat(picked).isGreaterThan(10);
    }

    /** "预算被卡，能优惠就直接说。" asks whether there is a discount: the rep says the card's 95折 in the same turn. */
    @Test
    void aRequestWithoutAQuestionMarkIsAnswered() {
        Card renewal = dev.rolecall.testing.Fixtures.renewal();
        int asked = 0;
        for (long seed = 1; seed <= 60; seed++) {
            List<Turn> turns = OfflineEngineTest.call(renewal, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("能优惠就直接说")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("95折");
                }
            }
        }
        assertThat(asked).isPositive();
    }

    private static String repText(Card card, long seed) {
        return OfflineEngineTest.call(card, seed, 30).turns().stream().filter(t -> t.speaker() == Role.CALLER)
                .map(Turn::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * holdout13's elder-care card: "一个月到底多少钱，护理员靠不靠谱？" is two questions (A-not-A asks too); only the
     * carers were answered, and the price, the customer's first concern, went unsaid in 36 of 100 calls (the review).
     */
    @Test
    void bothHalvesOfATwoPartQuestionAreAnswered() throws Exception {
        Card care = CardParser.parse(Path.of("src/test/resources/labelled/holdout13/cards/eldercare-visit.md"));
        int asked = 0;
        for (long seed = 1; seed <= 30; seed++) {
            List<Turn> turns = OfflineEngineTest.call(care, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String q = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLEE && q.contains("多少钱") && q.contains("靠不靠谱")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("1680").contains("证");
                }
            }
        }
        assertThat(asked).isPositive();
    }

    /**
     * "请您确认续费周期与发票类型" is answered whole: the cycle restated (not the channel picked first, "对，还是短信") and an
     * invoice type from the rep's card ("支持专票或普票"); "就按刚才说的，月度。" had ended the fresh clone's first call
     * "confirmed" with no invoice type.
     */
    @Test
    void aRequestToConfirmTwoThingsGetsBoth() {
        Card renewal = dev.rolecall.testing.Fixtures.renewal();
        int restated = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Turn> turns = OfflineEngineTest.call(renewal, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String reply = turns.get(i + 1).text();
                if (turns.get(i).text().contains("请您确认续费周期与发票类型") && reply.matches("^(就按刚才说的|对，还是).*")) {
                    restated++;
                    assertThat(reply).as("seed " + seed).containsAnyOf("专票", "普票");
                    // the cycle is restated, not the channel picked before it ("就按刚才说的，短信")
                    assertThat(reply).as("seed " + seed).matches("^(就按刚才说的，|对，还是)(年度|季度|月度).*");
                }
            }
        }
        assertThat(restated).isPositive();
    }

    /** The daughter says 我爸, not the card's note word 父亲 ("白天没人的时候父亲再摔一次", 84 of 100 calls in the review). */
    @Test
    void theCustomerNamesHerParentsAsPeopleDo() throws Exception {
        Card care = CardParser.parse(Path.of("src/test/resources/labelled/holdout13/cards/eldercare-visit.md"));
        boolean said = false;
        for (long seed = 1; seed <= 20; seed++) {
            for (Turn t : OfflineEngineTest.call(care, seed, 30).turns()) {
                if (t.speaker() == Role.CALLEE) {
                    assertThat(t.text()).as("seed " + seed).doesNotContain("父亲").doesNotContain("母亲");
                    said |= t.text().contains("我爸");
                }
            }
        }
        assertThat(said).isTrue();
    }

    /** holdout11's swim-class: "定金500元（现在交/到店交），对吗？" was said with both choices and the slash. */
    @Test
    void alternativesInBracketsAreSaidAsOne() throws Exception {
        Card swim = CardParser.parse(Path.of("src/test/resources/labelled/holdout11/cards/swim-class.md"));
        int confirmed = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Transcript t = OfflineEngineTest.call(swim, seed, 30);
            for (Turn x : t.turns()) {
                if (x.speaker() == Role.CALLER && x.text().contains("定金500元")) {
                    assertThat(x.text()).as("seed " + seed).doesNotContain("/").doesNotContain("，，");
                    confirmed += x.text().contains("跟您确认") ? 1 : 0;
                }
            }
        }
        assertThat(confirmed).isPositive();
    }

    /**
     * The sixth review: the trade-in read-back "X月X号XX时段…（加/不加）延保" was said as "4月11号XX时段…，加，延保" after the
     * customer picked 周日下午 (4月12号) and took no warranty; the recall's "[with / without] the service" added a service
     * never asked for. The date is the picked option's, the part of the day is filled, and an extra is a no without a yes.
     */
    @Test
    void aReadBackNamesThePickedOptionAndNoExtraTheCustomerDidNotAskFor() throws Exception {
        Card tradein = card("holdout10/cards/tradein.md");
        int readBacks = 0;
        for (long seed = 31; seed <= 35; seed++) {
            Transcript t = OfflineEngineTest.call(tradein, seed, 30);
            String pick = t.turns().stream().filter(x -> x.speaker() == Role.CALLEE).map(Turn::text)
                    .filter(x -> x.matches("(?s).*周[六日二][上下全]?.*") && !x.contains("？")).findFirst().orElse("");
            for (Turn x : t.turns()) {
                if (x.speaker() == Role.CALLER && x.text().contains("确认一下")) {
                    readBacks++;
                    assertThat(x.text()).as("seed " + seed).doesNotContain("XX").doesNotContain("，加，").contains("不加延保");
                    if (pick.contains("周日")) {
                        assertThat(x.text()).as("seed " + seed).contains("4月12号");
                    }
                }
            }
        }
        assertThat(readBacks).isPositive();
        Card recall = card("holdout8/cards/airbag-recall.md");
        for (long seed = 31; seed <= 35; seed++) {
            assertThat(repText(recall, seed)).as("seed " + seed).doesNotContain("with the service").doesNotContain("[with");
        }
        // 【到店／上门取车】 is one of the two, not both with their slash (the seventh review, 4 of 5 calls)
        Card service = card("holdout19/cards/first-service.md");
        for (long seed = 41; seed <= 45; seed++) {
            assertThat(repText(service, seed)).as("seed " + seed).doesNotContain("／").doesNotContain("【");
        }
    }

    /**
     * The sixth review: "我女朋友有只猫，能带过来吗？", "能不能不涨价？" and "涨五个点？隔壁才三千五。" were met with "核实后回复您" though
     * the lease card answers each (能养猫吗？, 能不能不涨…？, 凭什么涨？隔壁小区才3500。): a one-character word (猫, 涨) shared with a
     * near entry, and the sentence after a short question, find the entry.
     */
    @Test
    void aQuestionTheCardAnswersInOtherWordsIsAnswered() {
        Card lease = card("holdout8/cards/lease-renewal.md");
        int asked = 0;
        for (long seed = 31; seed <= 35; seed++) {
            List<Turn> turns = OfflineEngineTest.call(lease, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String q = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLEE && (q.contains("猫") || q.contains("涨")) && q.contains("？")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed + ": " + q).doesNotContain("核实后");
                }
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(3);
    }

    /**
     * The sixth and seventh reviews: customers whose background takes up Saturday morning ("周六上午9点到11点要送女儿上舞蹈课",
     * "周六上午要送孙子去上兴趣班") picked it; and "周六上午不行，我得送孩子去跳舞" was booked as 周六上午. A time the persona is taken
     * up is no pick, and an option turned down is offered again without it.
     */
    @Test
    void aTimeTheCustomerIsTakenUpIsNeitherPickedNorBooked() {
        Card service = card("holdout19/cards/first-service.md");
        Card tradein = card("holdout10/cards/tradein.md");
        assertThat(new CardIndex(service, Embedder.shared()).busyAt("周六上午")).isTrue();
        assertThat(new CardIndex(service, Embedder.shared()).busyAt("周日下午")).isFalse();
        assertThat(new CardIndex(tradein, Embedder.shared()).busyAt("周日下午")).isFalse(); // "周日下午在家"
        // "工作日很难请假，最好周末" (the eighth review: a customer who cannot take a workday off picked 周二)
        CardIndex checkup = new CardIndex(card("holdout6/cards/checkup.md"), Embedder.shared());
        assertThat(checkup.busyAt("周二")).isTrue();
        assertThat(checkup.busyAt("周六上午")).isFalse();
        int reoffered = 0;
        for (Card c : List.of(service, tradein)) {
            for (long seed = 41; seed <= 50; seed++) {
                List<Turn> turns = OfflineEngineTest.call(c, seed, 30).turns();
                for (int i = 0; i + 1 < turns.size(); i++) {
                    String said = turns.get(i).text();
                    if (turns.get(i).speaker() == Role.CALLEE && said.contains("周六上午") && !said.contains("？")) {
                        assertThat(said).as(c.callee().name() + " seed " + seed).containsPattern("周六上午(不行|不在家)");
                        String next = turns.get(i + 1).text();
                        assertThat(next).as("seed " + seed).doesNotContain("那就周六上午");
                        reoffered += next.contains("周日下午") ? 1 : 0;
                    }
                }
            }
        }
        assertThat(reoffered).isPositive();
    }

    /**
     * The seventh review: "Tell me what it really costs each month." got the $79 installation fee, and "你直接说一个月多少钱。"
     * (a request, no question mark) got "您有这个担心很正常".
     */
    @Test
    void aPriceForAPeriodIsThatPeriodsPriceAndARequestForAFigureIsAQuestion() {
        Card alarm = card("holdout19/cards/home-alarm.md");
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        String said = "Tell me what it really costs each month.";
        List<String> answers = new RepAnswers(new CardIndex(alarm, Embedder.shared()), r, new RepWording(Lang.EN, r), l -> { })
                .answerAll(said, Speech.questions(said));
        assertThat(String.join(" ", answers)).contains("$32.99 a month");
        Card plan = card("holdout5/cards/plan-downgrade.md");
        String asked = "你直接说一个月多少钱。";
        assertThat(Speech.questions(asked)).containsExactly(asked);
        List<String> zh = new RepAnswers(new CardIndex(plan, Embedder.shared()), r, new RepWording(Lang.ZH, r), l -> { })
                .answerAll(asked, Speech.questions(asked));
        assertThat(String.join("", zh)).contains("119元");
    }

    /**
     * The seventh review: one line of a step stood for the step in 20 of 20 calls (what the free first service covers, the
     * plate and mileage check, the pet line, plan-downgrade's 119元 were never said). A step with a figure line not yet said
     * stays open for the next turn. Seeds 41-50: free content 7, plate 3, pets 9, 119元 10 of 10 (0 each before).
     */
    @Test
    void aStepsFigureLinesAreSaidNotOnlyOneOfThem() {
        Card service = card("holdout19/cards/first-service.md");
        Card alarm = card("holdout19/cards/home-alarm.md");
        Card plan = card("holdout5/cards/plan-downgrade.md");
        int free = 0, plate = 0, pets = 0, total = 0;
        for (long seed = 41; seed <= 50; seed++) {
            String s = repText(service, seed);
            free += s.contains("全免") ? 1 : 0;
            plate += s.contains("粤A") ? 1 : 0;
            pets += repText(alarm, seed).contains("40 pounds") ? 1 : 0;
            total += repText(plan, seed).contains("119元") ? 1 : 0;
        }
        assertThat(free).isGreaterThanOrEqualTo(5);
        assertThat(plate).isPositive();
        assertThat(pets).isGreaterThanOrEqualTo(5);
        assertThat(total).isGreaterThanOrEqualTo(8);
    }

    /**
     * The sixth to eighth reviews: "那我周五上午再打给您" right after "你把资料都发我吧" (4 of 5 plan-downgrade calls); where the
     * condition lets the rep send it instead ("要求短信发送方案对比，或约好回电时间"), no call-back time is made up. The template
     * read-back "续X年、月租XXXX" is not said while nothing is chosen, and handover's "给您约在【日期和时段】" comes after its slots.
     */
    @Test
    void noCallBackMadeUpAfterAskingInWritingAndNoReadBackBeforeAPick() {
        Card plan = card("holdout5/cards/plan-downgrade.md");
        Card handover = card("holdout20/cards/handover.md");
        int offered = 0;
        for (long seed = 41; seed <= 50; seed++) {
            assertThat(repText(plan, seed)).as("seed " + seed).doesNotContain("再打给您").doesNotContain("再给您回个电话");
            String h = repText(handover, seed);
            assertThat(h).as("seed " + seed).doesNotContain("您选的时间");
            offered += h.contains("我这边可以给您约") ? 1 : 0;
        }
        assertThat(offered).isGreaterThanOrEqualTo(7);
    }

    /** The seventh review: "By the way, the person who placed the order." and "…about ten minutes free." were said as facts. */
    @Test
    void aNoteWithNoSubjectOrVerbIsNoFactToSay() {
        assertThat(FactReader.factAsSpeech("Identity: the person who placed the order", "Greg Hollis", false, "he", java.util.Set.of())).isNull();
        assertThat(FactReader.factAsSpeech("about ten minutes free", "Greg Hollis", false, "he", java.util.Set.of())).isNull();
        assertThat(FactReader.factAsSpeech("Works weekdays 6:30 am to 3 pm", "Greg Hollis", false, "he", java.util.Set.of()))
                .isEqualTo("I work weekdays 6:30 am to 3 pm");
        assertThat(FactReader.factAsSpeech("insurance is through his wife's job", "Tom", false, "he", java.util.Set.of()))
                .isEqualTo("insurance is through my wife's job");
        // the ninth review: "Just so you know, drives for Uber some evenings and Saturdays."
        assertThat(FactReader.factAsSpeech("drives for Uber some evenings and Saturdays", "Luis Ortega", false, "he", java.util.Set.of()))
                .isEqualTo("I drive for Uber some evenings and Saturdays");
    }

    /** holdout12's wedding-photo: "上午拍内景…下午拍外景…" got "您看哪个合适？" and the groom picked a half-day of a one-day shoot. */
    @Test
    void aScheduleIsNotOfferedAsAChoice() throws Exception {
        Card wedding = CardParser.parse(Path.of("src/test/resources/labelled/holdout12/cards/wedding-photo.md"));
        int said = 0;
        for (long seed = 1; seed <= 8; seed++) {
            for (Turn x : OfflineEngineTest.call(wedding, seed, 30).turns()) {
                if (x.speaker() == Role.CALLER && x.text().contains("下午去锦城湖公园拍外景")) {
                    said++;
                    assertThat(x.text()).as("seed " + seed).doesNotContain("您看哪个").doesNotContain("您看选哪个");
                }
            }
        }
        assertThat(said).isPositive();
    }

    @Test
    void whyIsAnsweredWithTheReason() throws Exception {
        int answered = 0;
        for (long seed = 1; seed <= 6; seed++) {
            var callee = OfflineEngineTest.OFFLINE.create(new dev.rolecall.agent.CallContext(GYM, dev.rolecall.testing.Fixtures.prompts(),
                    Role.CALLEE, seed, java.util.Map.of()));
            List<Turn> h = List.of(DialogueStateTest.turn(0, Role.CALLER, GYM.caller().opening()));
            String first = callee.respond(h).text();
            List<Turn> h2 = List.of(h.get(0), DialogueStateTest.turn(1, Role.CALLEE, first), DialogueStateTest.turn(2, Role.CALLER,
                    "Can I ask what's behind it? I just want to make sure you know all your options before anything is processed."));
            String r = callee.respond(h2).text();
            if (!r.contains("[END")) { // an impatient persona may hang up on a long turn instead
                answered++;
                assertThat(r).as("seed " + seed).contains("meniscus").doesNotStartWith("Yes, please");
            }
        }
        assertThat(answered).isGreaterThanOrEqualTo(3);
    }
}
