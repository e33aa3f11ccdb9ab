package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import org.junit.jupiter.api.Test;

/**
 * Round 5 of the offline engine on cards nobody tuned it on (labelled/holdout5's plan-downgrade and rx-refill, and the
 * older holdout cards): what a reader of their offline calls found wrong. Offline, no network.
 */
class Holdout5CardsTest {
    static final Card PLAN = NewerCardsTest.card("holdout5/cards/plan-downgrade.md");
    static final Card RX = NewerCardsTest.card("holdout5/cards/rx-refill.md");

    @Test
    void callBackAndRefusalConditionsAreReadAsSuch() {
        // "Gary wants to talk to Carol first and asks for a call back or a text": his "call me back later" ended the call by
        // "Gary feels pushed into something and hangs up"
        CardIndex rx = new CardIndex(RX, Embedder.shared());
        assertThat(rx.condition(Role.CALLEE, Intent.MESSAGE).number()).isEqualTo(2);
        assertThat(rx.condition(Role.CALLER, Intent.MESSAGE).number()).isEqualTo(2);
        assertThat(rx.condition(Role.CALLEE, Intent.CONFIRM).number()).isEqualTo(1);
        // "客户坚持降档、不想再听，已确认按原申请办理" says 确认 but is no success: a choice made ends by condition 1
        CardIndex plan = new CardIndex(PLAN, Embedder.shared());
        assertThat(plan.condition(Role.CALLER, Intent.CONFIRM).number()).isEqualTo(1);
        assertThat(plan.condition(Role.CALLER, Intent.HANGUP).number()).isEqualTo(4);
    }

    @Test
    void aQaEntryThatAsksSeveralQuestionsIsReachedByEachOfThem() {
        assertThat(CardText.singleQuestions("每月减30能减多久？中途想降怎么办？")).containsExactly("每月减30能减多久？", "中途想降怎么办？");
        assertThat(CardText.singleQuestions("Can I take it with grapefruit / is this side effect normal / can I skip a dose?"))
                .containsExactly("Can I take it with grapefruit", "is this side effect normal", "can I skip a dose?");
        assertThat(CardText.singleQuestions("What if the doctor doesn't answer, or I run out of metformin?"))
                .containsExactly("What if the doctor doesn't answer", "I run out of metformin?");
        // "Is the cavity urgent? Will I need a root canal? Will it hurt?" was out of reach: dental-recall met the card's own
        // "Is that filling really urgent or can it wait?" with "Let me check and get back to you"
        CardIndex dental = new CardIndex(NewerCardsTest.DENTAL, Embedder.shared());
        String q = "Is that filling really urgent or can it wait?";
        assertThat(NewerCardsTest.DENTAL.caller().qa().get(dental.answerQa(q, q)).question()).startsWith("Is the cavity urgent?");
        // "爱人的副卡还能不能用？" is clearly nearest "副卡怎么算？" (it was met with "核实后回复您")
        CardIndex plan = new CardIndex(PLAN, Embedder.shared());
        String p = "爱人的副卡还能不能用？";
        assertThat(PLAN.caller().qa().get(plan.answerQa(p, p)).question()).isEqualTo("副卡怎么算？");
    }

    @Test
    void aHurryOrAnAsideBeforeTheQuestionIsNoContextForIt() {
        // "Make it quick. Can you folks bring it out to the house?" was answered "If we have no answer in two business days…"
        CardIndex rx = new CardIndex(RX, Embedder.shared());
        for (String lead : java.util.List.of("Make it quick. ", "Go ahead, but keep it short. ", "For what it's worth, Carol usually handles the pharmacy runs. ")) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(1);
            String said = lead + "Can you folks bring it out to the house? Carol can't drive right now.";
            java.util.List<String> answers = new RepAnswers(rx, r, new RepWording(Lang.EN, r), l -> { }).answerAll(said, Speech.questions(said));
            assertThat(String.join(" ", answers)).as(lead).doesNotContain("no answer in two business days");
        }
    }

    @Test
    void englishSentencesRunOnPastTitlesAndSemicolons() {
        assertThat(Speech.sentences("I can't give a clinical opinion. Dr. Shah will look at it.")).hasSize(2)
                .last().isEqualTo("Dr. Shah will look at it.");
        // the rep's answer stopped at "I can't give a clinical opinion; Dr."
        assertThat(Speech.firstSentences("I can't give a clinical opinion; Dr. Shah will look at it at the exam and answer that herself. "
                + "Numbing is standard.", 40)).isEqualTo("I can't give a clinical opinion; Dr. Shah will look at it at the exam and answer that herself.");
    }

    @Test
    void englishAndChineseChoicesAreReadAsOptions() {
        // "Which would you prefer?" after the options in the sentence before was answered "Correct."
        String rx = "You can pick up at the counter or the drive-thru, or we can deliver for free within 10 miles on Tuesdays and "
                + "Fridays between 1 and 5 pm. Which would you prefer?";
        assertThat(Speech.options(rx)).containsExactly("pickup at the counter", "the drive-thru", "delivery");
        assertThat(Speech.options(CalleeAnswers.withOptionsBefore(rx, "Which would you prefer?")))
                .containsExactly("pickup at the counter", "the drive-thru", "delivery");
        assertThat(Speech.options("So shall I set up the freeze from the 1st of next month, or go ahead with the cancellation?"))
                .containsExactly("the freeze", "the cancellation");
        // "方便问一下是觉得费用高，还是流量用不完？" was answered "方便的，请讲。"
        assertThat(Speech.options("方便问一下是觉得费用高，还是流量用不完？")).containsExactly("觉得费用高", "流量用不完");
        assertThat(Speech.options("跟您确认一下，您是选方案一、方案二，还是照常降到59？")).containsExactly("方案一", "方案二", "照常降到59");
        assertThat(Speech.options("今年续租价格不变，还是每月400元。")).isEmpty(); // 还是 = "still"
    }

    @Test
    void theCustomerPicksNothingItWouldRatherAvoid() {
        // Gary "can't drive" and wants the pills "without having to drive": never "the drive-thru"
        CardIndex rx = new CardIndex(RX, Embedder.shared());
        assertThat(rx.dislikedUnits).contains("drive");
        for (long seed = 1; seed <= 30; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            CalleeAnswers a = new CalleeAnswers(rx, new Persona(0, "calm", 3, "decisive", true), r, new CalleeWording(rx, r, new Heard(rx.memo)));
            String said = a.answer("You can pick up at the counter or the drive-thru, or we can deliver for free. Which would you prefer?", 5);
            assertThat(said).as("seed " + seed).doesNotContain("drive-thru").doesNotStartWith("Correct").doesNotStartWith("Yes");
        }
    }

    @Test
    void aProposalOfTwoOptionsIsAnsweredWithThePickAndEndsByItsCondition() {
        // "So shall I set up the freeze…, or go ahead with the cancellation?" → "Sounds good, let's do that." (which?)
        CardIndex gym = new CardIndex(NewerCardsTest.GYM, Embedder.shared());
        assertThat(gym.conditionFor(Role.CALLEE, Intent.CONFIRM, "the cancellation").number()).isEqualTo(2);
        assertThat(gym.conditionFor(Role.CALLER, Intent.CONFIRM, "the cancellation").number()).isEqualTo(2);
        assertThat(gym.conditionFor(Role.CALLEE, Intent.CONFIRM, "the freeze").number()).isEqualTo(1);
        CardIndex plan = new CardIndex(PLAN, Embedder.shared());
        assertThat(plan.conditionFor(Role.CALLER, Intent.CONFIRM, "照常降到59").number()).isEqualTo(1);
        int picks = 0;
        for (long seed = 1; seed <= 60; seed++) {
            java.util.List<dev.rolecall.transcript.Turn> turns = OfflineEngineTest.call(NewerCardsTest.GYM, seed, 30).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).text().contains("or go ahead with the cancellation?")) {
                    String reply = turns.get(i + 1).text();
                    assertThat(reply).as("seed " + seed).doesNotMatch("(?s)^(?:Sounds good|OK|Yes|Fine|Alright)[^.]*\\..*")
                            .doesNotContain("Correct");
                    picks += reply.contains("the freeze") || reply.contains("the cancellation") ? 1 : 0;
                }
            }
        }
        assertThat(picks).isPositive();
    }

    @Test
    void aWhyQuestionWithAlternativesIsAnsweredWithAReasonNotAPick() {
        CardIndex plan = new CardIndex(PLAN, Embedder.shared());
        for (long seed = 1; seed <= 10; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            CalleeAnswers a = new CalleeAnswers(plan, new Persona(0, "calm", 3, "decisive", true), r, new CalleeWording(plan, r, new Heard(plan.memo)));
            String said = a.answer("方便问一下是觉得费用高，还是流量用不完？", 3);
            // was "方便的，请讲。", then "我选觉得费用高", later agreed to as "好，就流量用不完，按这个办"
            assertThat(said).as("seed " + seed).matches("^(?:主要是|就是|嗯，|说白了就是)(?:觉得费用高|流量用不完)。$");
            assertThat(a.chosen).isEmpty();
        }
    }

    @Test
    void aChoiceMadeEndsOnlyAfterWhatFollowsItWasSaid() {
        // "照常降到59就行。好，就这么定了。" ended the call before "套餐变更都是7月1日生效" was said (condition 1: 知道7月1日生效);
        // and "…还是照常降到59？那就按刚才说的给您办理，您看可以吗？" asked two questions at once
        CardIndex plan = new CardIndex(PLAN, Embedder.shared());
        for (long seed = 1; seed <= 30; seed++) {
            dev.rolecall.transcript.Transcript t = OfflineEngineTest.call(PLAN, seed, 30);
            String rep = String.join(" ", t.turns().stream().filter(x -> x.speaker() == Role.CALLER).map(dev.rolecall.transcript.Turn::text).toList());
            assertThat(rep).as("seed " + seed).doesNotContain("照常降到59？那就按");
            if (t.end().condition() != null && t.end().condition() == plan.condition(t.end().by(), Intent.CONFIRM).number()) {
                assertThat(rep).as("seed " + seed).contains("7月1日");
            }
        }
    }

    @Test
    void aRequestForLeaveIsAQuestionAndIsAnsweredAsOne() {
        String fax = "If that's okay with you, I'll fax Dr. Patel's office today. They usually answer within two business days.";
        assertThat(Speech.questions(fax)).containsExactly("If that's okay with you, I'll fax Dr. Patel's office today.");
        CardIndex rx = new CardIndex(RX, Embedder.shared());
        for (long seed = 1; seed <= 10; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            CalleeAnswers a = new CalleeAnswers(rx, new Persona(0, "calm", 3, "decisive", true), r, new CalleeWording(rx, r, new Heard(rx.memo)));
            assertThat(a.answer(Speech.questions(fax).get(0), 4)).as("seed " + seed).doesNotContain("Correct").doesNotContain("That's right");
        }
    }

    @Test
    void aPickIsNeitherPutOffInTheSameBreathNorClosedWithAnotherOptionsWords() {
        for (long seed = 1; seed <= 30; seed++) {
            java.util.List<dev.rolecall.transcript.Turn> turns = OfflineEngineTest.call(PLAN, seed, 30).turns();
            String customer = String.join(" ", turns.stream().filter(x -> x.speaker() == Role.CALLEE).map(dev.rolecall.transcript.Turn::text).toList());
            for (dev.rolecall.transcript.Turn t : turns) {
                if (t.speaker() == Role.CALLEE) {
                    // "照常降到59吧。这样，你先发我，我看完再定。"
                    assertThat(t.text().matches("(?s).*(?:方案一|方案二|照常降到59)(?:吧|就行|比较好|可以).*(?:发我|商量|再定|回头).*"))
                            .as("seed " + seed + ": " + t.text()).isFalse();
                }
            }
            if (customer.contains("方案一") || customer.contains("方案二")) {
                // "尊重您的选择，降到畅享59的申请照常7月1日生效" closed a call whose customer chose 方案一
                assertThat(turns.get(turns.size() - 1).text()).as("seed " + seed).doesNotContain("降到畅享59的申请照常");
            }
        }
    }

    @Test
    void cardProseIsSpokenInTheRightPersonWithNamesKept() {
        // "whether he'll run out of metformin while the doctor takes her time" about Gary: "…takes my time" before
        assertThat(Speech.swapPronounsEn("whether he'll run out of metformin while the doctor takes her time", "he"))
                .isEqualTo("whether I'll run out of metformin while the doctor takes her time");
        // the rep says an answer written about the customer to him; a sentence naming someone else first is left
        assertThat(Speech.toSecondPerson("If he runs out before it's approved, the pharmacist may help. Free. We text him when it's ready.", "he"))
                .isEqualTo("If you run out before it's approved, the pharmacist may help. Free. We text you when it's ready.");
        assertThat(Speech.toSecondPerson("I'll put the pharmacist on duty, Alan Cho, on the line, or he can call back.", "he"))
                .contains("or he can call back");
        assertThat(Speech.pronounOf(RX.callee().raw())).isEqualTo("he");
        assertThat(FactReader.facts(RX, Lang.EN, "he")).extracting(CardIndex.Fact::speech)
                .contains("Carol usually handles the pharmacy runs", "I have been on both for years");
        assertThat(CardText.concernAsSpeech("worried about the grapefruit thing but a bit embarrassed to ask", false, 0, "he"))
                .isEqualTo("I'm worried about the grapefruit thing.");
        assertThat(CardText.concernAsSpeech("getting the pills without having to drive", false, 0, "he")).doesNotContain("risk");
        assertThat(CardText.concernAsSpeech("being charged twice again", false, 0, "he")).isEqualTo("I don't want to risk being charged twice again.");
        assertThat(CardText.concernAsSpeech("其实怕麻烦，如果差价不大宁愿不折腾，对\"挽留\"有戒心", true, 0, "")).isEqualTo("我就怕麻烦，如果差价不大宁愿不折腾。");
    }

    @Test
    void aPutOffNeitherFollowsAYesNorEndsByAConditionOfAnotherKind() {
        for (Card card : java.util.List.of(RX, NewerCardsTest.GYM)) {
            for (long seed = 1; seed <= 30; seed++) {
                dev.rolecall.transcript.Transcript t = OfflineEngineTest.call(card, seed, 30);
                java.util.List<dev.rolecall.transcript.Turn> turns = t.turns();
                String last = turns.get(turns.size() - 1).text();
                // "Correct. I need to think it over, call me back later."
                assertThat(last).as(card.path().getFileName() + " seed " + seed)
                        .doesNotContainPattern("^(?:Correct|Yes|Yep|That's right|That's correct)\\b.*think it over");
                if (t.end().by() == Role.CALLEE && last.contains("think it over")) {
                    // Dan's "I need to think it over" ended by "Dan feels pressured … and ends the call"
                    assertThat(t.end().condition()).as(card.path().getFileName() + " seed " + seed)
                            .isEqualTo(new CardIndex(card, Embedder.shared()).condition(Role.CALLEE, Intent.MESSAGE).number());
                    assertThat(card.callee().endConditions().get(t.end().condition() - 1).text()).containsIgnoringCase("call back");
                }
            }
        }
    }
}
