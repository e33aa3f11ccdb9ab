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
}
