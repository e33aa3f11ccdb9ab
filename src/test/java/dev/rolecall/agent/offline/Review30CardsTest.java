package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.GoalChoice;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 30's cards as their writer first wrote them. The review graded the offline rep 31.5 (qianghui, zh) and 27.0
 * (cpr-class, en): the cheaper course was never priced before "Which one would you like?" (10 of 10), "这个没问题吧？" was
 * answered "嗯，要。" (9 of 9), and the read-back said "每天7月13日" (9 of 9).
 */
class Review30CardsTest {

    private static final Card CPR = CardParser.parse(Path.of("src/test/resources/reviewed/cpr-class.md"));
    private static final Card MURAL = CardParser.parse(Path.of("src/test/resources/reviewed/qianghui.md"));

    @Test
    void bothCoursesArePricedInWordsBeforeTheRepAsksWhichAndOneIsPicked() {
        GoalChoice goal = GoalChoice.of(CPR.caller().endCondition(1).orElseThrow().text(), CPR.caller());
        assertThat(goal.options()).containsExactly("CPR and AED only", "CPR and AED plus First Aid");
        int asked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(CPR, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Which one would you like")) {
                    asked++;
                    assertThat(t).as("seed " + seed).contains("seventy-five dollars per person").contains("a hundred and ten dollars per person")
                            .contains("CPR and AED only or CPR and AED plus First Aid?");
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("CPR and AED");
                }
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(6);
        int days = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(CPR, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.endsWith("Which day and start time work for you?")) {
                    days++; // the days are offered with the times, and a day is picked ("the morning" had been all, 10 of 10)
                    assertThat(t).as("seed " + seed).contains("Tuesday, May 12, or Thursday, May 14");
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("Tuesday|Thursday");
                }
            }
        }
        assertThat(days).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theClassReadBackSaysTheCompanyPricesInWordsTheDateAndTheStartTimeEachInItsSlot() {
        // it had been "Let me read that back: on Tuesday morning starting at Tuesday morning., due fifteen days…" (10 of 10)
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(CPR, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.endsWith("Which day and start time work for you?")) {
                    // a start time offered is picked with the day, not "Tuesday morning"
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("(Tuesday|Thursday) at (6:30 in the morning|11:00 AM)");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Let me read that back")) {
                    backs++;
                    assertThat(t).as("seed " + seed).containsPattern("Let me read that back: Brennan Precision Machining, CPR and AED "
                            + "(only for 12 people at \\$75 each, \\$900|plus First Aid for 12 people at \\$110 each, \\$1320) in total, "
                            + "on (Tuesday, May 12|Thursday, May 14) starting at (6:30 in the morning|11:00 AM), in the break room at 1840 Peach "
                            + "Street\\. Due fifteen days after the class\\.");
                }
            }
        }
        assertThat(backs).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theMuralCardsSectionsLoadAndItsQuestionsAndReadBackReadRight() {
        assertThat(MURAL.warnings()).isEmpty();
        assertThat(MURAL.caller().closings()).hasSize(3);
        int okAsked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(MURAL, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() != Role.CALLER) {
                    continue;
                }
                if (t.endsWith("这个没问题吧？")) {
                    okAsked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotStartWith("嗯，要").doesNotStartWith("要")
                            .doesNotStartWith("那就要");
                }
                if (t.contains("我跟您复述一遍")) {
                    assertThat(t).as("seed %d: %s", seed, t).doesNotContainPattern("每天\\d+月").doesNotContain("；，");
                }
            }
        }
        assertThat(okAsked).isGreaterThanOrEqualTo(5);
    }
}
