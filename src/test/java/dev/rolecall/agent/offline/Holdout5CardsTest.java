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
}
