package dev.rolecall.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the caller's model is told: every part of the card it must keep to. */
class CallerPromptTest {
    @Test
    void theCardsDontsReachTheCallersPrompt() {
        Card rx = CardParser.parse(Path.of("src/test/resources/labelled/holdout5/cards/rx-refill.md"));
        String prompt = Fixtures.prompts().systemPrompt(rx, Role.CALLER);
        assertThat(prompt).contains("Don't promise that Dr. Patel will approve the metformin, or by when.")
                .contains("No medical advice");
        // the callee is not bound by the rep's rules
        assertThat(Fixtures.prompts().systemPrompt(rx, Role.CALLEE)).doesNotContain("Don't promise that Dr. Patel");
    }

    @Test
    void aCardWithoutDontsLeavesTheSectionEmpty() {
        String prompt = Fixtures.prompts().systemPrompt(Fixtures.renewal(), Role.CALLER);
        assertThat(prompt).contains("# 禁止事项").doesNotContain("{{rules}}");
    }
}
