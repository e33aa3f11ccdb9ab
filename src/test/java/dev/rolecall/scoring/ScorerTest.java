package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.testing.Fixtures;
import dev.rolecall.transcript.PlainTextTranscripts;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.TranscriptJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labelled transcripts (src/test/resources/transcripts) scored as a person would judge them. */
class ScorerTest {
    static final Path DIR = Path.of("src/test/resources/transcripts");
    static final Scorer RENEWAL = new Scorer(Fixtures.renewal(), Weights.defaultWeights());

    static Transcript read(String name) {
        return PlainTextTranscripts.read(DIR.resolve(name), Map.of());
    }

    static Scorecard score(String name) {
        return RENEWAL.score(read(name));
    }

    static List<String> flags(Scorecard s) {
        return s.invented().stream().map(f -> f.turn() + ":" + f.said()).toList();
    }

    @Test
    void faithfulCallScoresHighestAndIsClean() {
        Scorecard faithful = score("renewal-faithful.txt");
        assertThat(faithful.invented()).isEmpty();
        assertThat(faithful.items().get("steps").score()).isEqualTo(1.0);
        assertThat(faithful.items().get("order").score()).isEqualTo(1.0);
        assertThat(faithful.items().get("opening").score()).isEqualTo(1.0);
        assertThat(faithful.items().get("knowledge").score()).isEqualTo(1.0);
        assertThat(faithful.monologues()).isEmpty();
        assertThat(faithful.steps()).extracting(StepResult::turn).containsExactly(0, 2, 4, 8, 10, 12);
        for (String worse : List.of("renewal-invented.txt", "renewal-skips.txt", "renewal-out-of-order.txt", "renewal-rambling.txt")) {
            assertThat(score(worse).overall()).as(worse).isLessThan(faithful.overall() - 3);
        }
    }

    @Test
    void callsWithNoOrOneCallerTurnScoreWithoutError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        for (String log : List.of("张强：喂？\n", "李明：您好张强，我是长江云服务的李明。\n", "李明：您好。\n张强：[END:1]\n")) {
            Path f = java.nio.file.Files.writeString(tmp.resolve("c" + log.length() + ".txt"), log);
            Scorecard s = RENEWAL.score(dev.rolecall.transcript.PlainTextTranscripts.read(f,
                    java.util.Map.of("李明", dev.rolecall.card.Role.CALLER, "张强", dev.rolecall.card.Role.CALLEE)));
            assertThat(s.overall()).as(log).isBetween(0.0, 60.0);
        }
    }

    @Test
    void flagsExactlyTheInventedFactsWithTheCardsValue() {
        Scorecard s = score("renewal-invented.txt");
        assertThat(flags(s)).containsExactly("4:9折", "6:7天", "8:1小时", "10:13900001111");
        assertThat(s.invented()).extracting(FactFlag::card).containsExactly("95折", "30天", "2小时", "13812345678");
        assertThat(s.items().get("knowledge").score()).isLessThan(0.6);
        assertThat(s.critical()).hasSize(4).allSatisfy(c -> assertThat(c).startsWith("turn ").contains("invented"));
        assertThat(s.overall()).isLessThanOrEqualTo(Weights.defaultWeights().criticalCap());
    }

    @Test
    void skippedStepsAreNamed() {
        Scorecard s = score("renewal-skips.txt");
        assertThat(s.steps()).filteredOn(r -> r.status().equals(StepResult.MISSED)).extracting(StepResult::number)
                .containsExactly(2, 3, 4, 6);
        assertThat(s.items().get("steps").reason()).contains("missed step 2, 3, 4, 6");
    }

    @Test
    void outOfOrderStepsLowerTheOrderItem() {
        Scorecard s = score("renewal-out-of-order.txt");
        assertThat(s.items().get("order").score()).isLessThan(0.7);
        assertThat(s.items().get("order").evidence()).isNotEmpty();
        assertThat(s.items().get("steps").score()).isGreaterThan(0.8);
    }

    @Test
    void aStepNamedEarlyAndDoneInOrderLaterKeepsTheOrder() {
        // step 3 also touched in the opening (turn 0) and done properly at turn 4: an order exists
        List<StepResult> touched = List.of(
                new StepResult(1, "a", StepResult.COVERED, 0, 0.9, "", List.of(0)),
                new StepResult(2, "b", StepResult.COVERED, 2, 0.9, "", List.of(2)),
                new StepResult(3, "c", StepResult.COVERED, 0, 0.9, "", List.of(0, 4)));
        assertThat(StepCoverage.order(touched).score()).isEqualTo(1.0);
        // step 3 said only before step 2: out of order, whichever turn is taken
        List<StepResult> swapped = List.of(
                new StepResult(1, "a", StepResult.COVERED, 0, 0.9, "", List.of(0)),
                new StepResult(2, "b", StepResult.COVERED, 4, 0.9, "", List.of(4, 6)),
                new StepResult(3, "c", StepResult.COVERED, 2, 0.9, "", List.of(2)));
        assertThat(StepCoverage.order(swapped).score()).isEqualTo(2.0 / 3);
        assertThat(StepCoverage.order(swapped).evidence()).containsExactly(4);
    }

    @Test
    void ramblingIsFlaggedAsMonologues() {
        Scorecard s = score("renewal-rambling.txt");
        assertThat(s.monologues()).containsExactly(0, 2, 4);
        assertThat(s.items().get("brevity").score()).isLessThan(0.4);
        assertThat(s.items().get("closing").score()).isLessThan(1.0);
    }

    @Test
    void anotherCard() {
        Card delivery = Fixtures.card("delivery.md");
        Scorer scorer = new Scorer(delivery, Weights.defaultWeights());
        Scorecard faithful = scorer.score(read("delivery-faithful.txt"));
        Scorecard invented = scorer.score(read("delivery-invented.txt"));
        assertThat(faithful.invented()).isEmpty();
        assertThat(flags(invented)).containsExactlyInAnyOrder("6:2小时", "6:100元", "8:4008889999");
        assertThat(faithful.overall()).isGreaterThan(invented.overall());
        assertThat(faithful.items().get("steps").score()).isEqualTo(1.0);
    }

    /**
     * A rep who reads the script out in one breath has said every step (each sentence is matched on its own, so
     * the run-on does not dilute them), but opened badly: the customer could not answer until all of it was said.
     */
    @Test
    void anOpeningThatReadsOutTheScriptCoversTheStepsButOpensBadly() {
        Scorer scorer = new Scorer(Fixtures.card("delivery.md"), Weights.defaultWeights());
        Scorecard dump = scorer.score(read("delivery-dump.txt"));
        Scorecard faithful = scorer.score(read("delivery-faithful.txt"));
        assertThat(dump.items().get("steps").score()).isEqualTo(1.0);
        assertThat(dump.steps()).filteredOn(st -> st.turns().contains(0)).hasSizeGreaterThan(OpeningCheck.OPENING_STEPS);
        assertThat(dump.items().get("opening").score()).isEqualTo(OpeningCheck.RUN_ON);
        assertThat(dump.items().get("opening").reason()).contains("runs on through steps").contains("turn 0");
        assertThat(faithful.items().get("opening").score()).isEqualTo(1.0);
        assertThat(dump.invented()).isEmpty();
        assertThat(faithful.overall()).isGreaterThan(dump.overall());
    }

    /** In English a step's own evidence is its words: letter pairs it shares by chance credited the wrong step. */
    @Test
    void anEnglishStepNeedsItsOwnWordsNotItsLetters(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Scorer meter = SpokenErrorsTest.heldOut("holdout7", "smart-meter.md"); // step 4: access and medical equipment
        Path f = java.nio.file.Files.writeString(tmp.resolve("c.txt"), """
                Carmen: Hi, is this Glen Hargrove? This is Carmen Reyes from Northvale Energy, calling to book the free smart meter installation at 27 Alder Lane.
                Glen: Is this thing safe? I've read about the radiation.
                Carmen: It meets FCC limits and only transmits in short bursts a few times a day. There's a fact sheet at northvale.com/meters.
                Glen: Okay.
                Carmen: The meter's in your basement, so we need an adult 18 or over at home, a clear path to it, and pets shut away. Does anyone rely on powered medical equipment?
                """);
        Scorecard s = meter.score(PlainTextTranscripts.read(f, java.util.Map.of("Carmen", dev.rolecall.card.Role.CALLER,
                "Glen", dev.rolecall.card.Role.CALLEE)));
        StepResult access = s.steps().get(3);
        assertThat(access.status()).isEqualTo(StepResult.COVERED);
        assertThat(access.turns()).doesNotContain(2).contains(4);
    }

    /**
     * Short English questions ("And the price?") are mapped to their Q&A entry by topic, a check-back is no answer to
     * what the card answers, and a customer's question settles no step: the same call with the answers given and
     * with every question dodged, which scored 87 before (billing "covered" by the check-back, the offer "settled").
     */
    @Test
    void englishQuestionsDodgedWithACheckBackAreUnanswered(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String open = """
                Sarah: Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March 31. Do you have two minutes?
                Mark: Make it quick, I've got a meeting. And the price?
                """;
        String answered = open + """
                Sarah: Sure. Renew before March 31 and you get fifteen percent off, so ten thousand two hundred dollars for your forty seats.
                Mark: Okay. Can you tell me how billing works now?
                Sarah: It's one invoice per renewal now, and I'll personally check it before it goes out, so no double charge.
                Mark: Fine. Just email me the quote.
                Sarah: Great, I'll email the quote right away. Thanks, Mark, and have a good day!
                """;
        String dodged = open + """
                Sarah: I'll have to check and get back to you on that.
                Mark: Okay. Can you tell me how billing works now?
                Sarah: Let me check and get back to you.
                Mark: Fine. Just email me the quote.
                Sarah: No problem, I'll send everything by email. Feel free to call me if anything comes up. Bye!
                """;
        Scorer support = new Scorer(Fixtures.card("english-support.md"), Weights.defaultWeights());
        var who = java.util.Map.of("Sarah", Role.CALLER, "Mark", Role.CALLEE);
        Scorecard good = support.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("a.txt"), answered), who));
        Scorecard bad = support.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("d.txt"), dodged), who));
        assertThat(good.items().get("questions").score()).isEqualTo(1.0);
        assertThat(good.items().get("questions").reason()).startsWith("2/2");
        assertThat(bad.items().get("questions").score()).isEqualTo(0.0);
        assertThat(bad.items().get("questions").reason()).contains("How much is the renewal?", "Will I be charged twice again?");
        assertThat(bad.steps()).filteredOn(r -> r.number() == 3 || r.number() == 4).extracting(StepResult::status)
                .containsOnly(StepResult.MISSED);
        assertThat(bad.overall()).isLessThan(60).isLessThan(good.overall() - 30);
    }

    /**
     * A customer who hangs up after the rep met the card's questions with "核实后回复您" was driven off: the steps the
     * call never reached are not excused (the review's swim-class probe scored 68.7 with its hang-up, 4.5 without).
     * A hang-up after answers still excuses them (calleeEndingEarlyExcusesTheStepsNotYetDue).
     */
    @Test
    void aHangUpTheRepCausedExcusesNoSteps(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String open = """
                邵雨桐：您好，请问是钱志远先生吗？我是蓝鲸游泳馆滨江店的课程顾问邵雨桐。朵朵上周六来上了体验课，教练的评估出来了，我跟您说一下，顺便介绍下暑期班，大概五分钟，您现在方便吗？
                钱志远：说吧。她上次呛水哭了，你们怎么保证不再呛？
                """;
        String dodged = open + "邵雨桐：这个我需要核实一下，核实后回复您。\n钱志远：不聊了，就这样吧。[END:3]\n";
        String answered = open + "邵雨桐：初级班前两节只练憋气和漂浮，不会逼孩子去深水；一个班最多8个孩子，水里一直有教练。\n钱志远：不聊了，就这样吧。[END:3]\n";
        Scorer swim = SpokenErrorsTest.heldOut("holdout11", "swim-class.md");
        var who = Map.of("邵雨桐", Role.CALLER, "钱志远", Role.CALLEE);
        Scorecard bad = swim.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("d.txt"), dodged), who));
        Scorecard fair = swim.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("a.txt"), answered), who));
        assertThat(bad.steps()).filteredOn(r -> r.number() > 2).extracting(StepResult::status).containsOnly(StepResult.MISSED);
        assertThat(fair.steps()).filteredOn(r -> r.number() > 4).extracting(StepResult::status).containsOnly(StepResult.SKIPPED);
        assertThat(bad.overall()).isLessThan(40);
    }

    /**
     * A customer can settle a step that asks (picks the day before being asked) but not one that tells: "没出血没发烧"
     * is near the emergency-contact step's words and is no number given (the calibration's clinic-07 scored 98.2 with
     * that step excused, as a faithful call would).
     */
    @Test
    void aStepThatTellsIsNotSettledByTheCustomer(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String call = """
                陈静：您好，赵建国先生吗？我是仁心口腔诊所回访护士陈静，您三天前做了种植牙，今天打电话问问恢复情况，方便吗？
                赵建国：方便。伤口有点疼，没出血也没发烧。
                陈静：好的。消炎药连续吃满五天，一天三次，饭后吃。一周内别用左边嚼，吃温凉软的，不抽烟不喝酒，二十四小时后可以用漱口水，一天三次。
                赵建国：好，记住了。
                陈静：好的，给您约下周二上午。那我们下周见，祝您早日康复！[END:1]
                """;
        Scorer clinic = new Scorer(Fixtures.card("clinic.md"), Weights.defaultWeights());
        Scorecard s = clinic.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("c.txt"), call),
                Map.of("陈静", Role.CALLER, "赵建国", Role.CALLEE)));
        assertThat(s.steps()).filteredOn(r -> r.number() == 5).extracting(StepResult::status).containsOnly(StepResult.MISSED);
        assertThat(s.steps()).filteredOn(r -> r.number() == 2).extracting(StepResult::status).containsOnly(StepResult.SKIPPED);
    }

    /**
     * A customer who ends the call on its goal (condition 1: it booked) ended nothing short: the steps the rep had not
     * said are missed, not "not yet due" (the review's delivery seed 44: the driver's call-ahead never said, excused).
     * A customer who hangs up short of the goal still excuses the steps after it.
     */
    @Test
    void aCustomerEndingOnItsGoalExcusesNoSteps(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String call = """
                陈静：您好，请问是赵建国先生吗？我是仁心口腔诊所的回访护士陈静，您3天前在我们这里做了种植手术，今天打电话问问您恢复得怎么样，方便吗？
                赵建国：方便。不怎么疼了，也没出血没发烧。
                陈静：好的。消炎药要连续吃满5天，每天3次，饭后吃；术后一周内不要用手术那一侧咀嚼，24小时以后可以用漱口水。
                赵建国：好的。
                陈静：术后7到10天需要回来拆线，您看下周二或者周四哪天方便？
                """;
        Scorer clinic = new Scorer(Fixtures.card("clinic.md"), Weights.defaultWeights());
        var who = Map.of("陈静", Role.CALLER, "赵建国", Role.CALLEE);
        Scorecard booked = clinic.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("b.txt"),
                call + "赵建国：周二吧，就这么定了。[END:1]\n"), who));
        Scorecard gone = clinic.score(PlainTextTranscripts.read(java.nio.file.Files.writeString(tmp.resolve("g.txt"),
                call + "赵建国：老伴在叫我了，你明天再打吧。[END:3]\n"), who));
        assertThat(booked.steps()).filteredOn(r -> r.number() == 5).extracting(StepResult::status).containsOnly(StepResult.MISSED);
        assertThat(gone.steps()).filteredOn(r -> r.number() == 5).extracting(StepResult::status).containsOnly(StepResult.SKIPPED);
    }

    @Test
    void plainTextAndJsonlFormsScoreTheSame() throws Exception {
        Transcript plain = read("renewal-faithful.txt");
        Transcript back = TranscriptJson.fromLine(TranscriptJson.toLine(plain));
        assertThat(Scorer.toJson(RENEWAL.score(back))).isEqualTo(Scorer.toJson(RENEWAL.score(plain)));
        assertThat(back.turns().get(0).speaker()).isEqualTo(Role.CALLER);
    }

    @Test
    void calleeEndingEarlyExcusesTheStepsNotYetDue() {
        // an offline call the callee ends: the steps after its end are not the caller's fault
        var offline = new dev.rolecall.agent.offline.OfflineAgentFactory();
        for (long seed = 1; seed <= 30; seed++) {
            Transcript t = new dev.rolecall.orchestrator.Orchestrator().run(new dev.rolecall.orchestrator.CallSpec(null,
                    Fixtures.renewal(), Fixtures.prompts(), offline, offline, seed, 30, null),
                    dev.rolecall.orchestrator.TurnListener.NONE);
            Scorecard s = RENEWAL.score(t);
            assertThat(s.invented()).as("offline caller only says card facts, seed " + seed).isEmpty();
            assertThat(s.overall()).isBetween(0.0, 100.0);
            if (t.end().by() == Role.CALLEE) {
                assertThat(s.steps()).filteredOn(r -> r.status().equals(StepResult.SKIPPED))
                        .allSatisfy(r -> assertThat(r.why()).contains("callee"));
            }
        }
    }

    @Test
    void weightsFileIsValidated(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path bad = java.nio.file.Files.writeString(tmp.resolve("w.json"), "{\"stepz\": 2}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weights.load(bad)).hasMessageContaining("unknown item 'stepz'");
        Path ok = java.nio.file.Files.writeString(tmp.resolve("ok.json"), "{\"steps\": 10}");
        assertThat(Weights.load(ok).of("steps")).isEqualTo(10.0);
        var keys = new java.util.HashSet<>(Weights.DEFAULTS.keySet());
        keys.add(Weights.CRITICAL_CAP);
        keys.add(Weights.CRITICAL_EACH);
        Weights file = Weights.load(Path.of("prompts/weights.json"));
        assertThat(file.values()).containsOnlyKeys(keys);
        assertThat(file.criticalCap()).isEqualTo(60.0);
        assertThat(List.of(file.capFor(0), file.capFor(1), file.capFor(2), file.capFor(3), file.capFor(9)))
                .containsExactly(100.0, 60.0, 50.0, 40.0, 0.0);
    }
}
