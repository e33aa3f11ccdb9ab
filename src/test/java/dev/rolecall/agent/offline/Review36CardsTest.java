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
 * Review 36's liquor-jar card (fengtan, zh): its two jars are priced between commas ("我们有两种：5斤坛2680元，10斤坛4880元，…")
 * and no jar had ever been chosen ("…您看选哪一种？" answered "对，没错。", 7 of 10).
 */
class Review36CardsTest {

    private static final Card JARS = CardParser.parse(Path.of("src/test/resources/reviewed/fengtan.md"));

    @Test
    void theCustomerPicksOneOfTheTwoJars() {
        GoalChoice goal = GoalChoice.of(JARS.caller().endCondition(1).orElseThrow().text(), JARS.caller());
        assertThat(goal.options()).containsExactly("5斤坛", "10斤坛");
        int asked = 0;
        int picked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(JARS, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("您看选哪一种")) {
                    asked++;
                    String answer = turns.get(i + 1).text();
                    assertThat(answer).as("seed " + seed).doesNotStartWith("对，没错").doesNotStartWith("没错");
                    picked += answer.contains("5斤坛") || answer.contains("10斤坛") ? 1 : 0;
                }
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(3);
        assertThat(picked).isGreaterThanOrEqualTo(asked / 2);
    }

    /**
     * The farrier card (en) prices its two services in sentences of their own, one a long name with no article ("Front shoes
     * with a trim on the hinds is $145."): its "Which would you like?" had been answered "Yes, please.", 7 of 10.
     */
    @Test
    void theFarrierCustomerPicksAServiceAndTheReadBackSaysIt() {
        Card farrier = CardParser.parse(Path.of("src/test/resources/reviewed/farrier.md"));
        int asked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(farrier, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("Which would you like")
                        && turns.get(i).text().contains("$145")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotStartWith("Yes");
                    assertThat(turns.get(i + 1).text().toLowerCase()).as("seed " + seed).containsAnyOf("barefoot trim", "front shoes");
                }
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(3);
    }

    /** "Oh good, I was starting to think nobody was going to call back. Yes, go on." gives the rep the time: no call-back asked. */
    @Test
    void aCustomerWhoGivesTheRepTimeIsNotAskedWhenToBeCalledBack() {
        Card farrier = CardParser.parse(Path.of("src/test/resources/reviewed/farrier.md"));
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(farrier, seed, 40).turns();
            assertThat(turns.size()).as("seed " + seed).isGreaterThan(5);
            assertThat(turns.get(2).text()).as("seed " + seed).doesNotContain("call you back");
        }
    }

    /**
     * The window read back is the part of the day picked: "the morning window, 8 to 11, or the afternoon window, 1 to 4" had read
     * "Tuesday afternoon" back as "between 8 and 11" (9 of 9 read-backs), and "That's correct." to the read-back had been asked
     * "Shall I set that up for you?" again on five other cards.
     */
    @Test
    void theReadBackKeepsTheAfternoonWindowAndAConfirmedReadBackCloses() {
        Card farrier = CardParser.parse(Path.of("src/test/resources/reviewed/farrier.md"));
        int readBacks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(farrier, seed, 40).turns();
            String said = String.join("\n", turns.stream().filter(t -> t.speaker() == Role.CALLEE).map(Turn::text).toList());
            for (int i = 0; i < turns.size(); i++) {
                String text = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && text.contains("read that back")) {
                    readBacks++;
                    if (said.contains("afternoon") && !said.contains("morning")) {
                        assertThat(text).as("seed " + seed).contains("between 1 and 4").doesNotContain("8 and 11");
                    }
                    if (i + 2 < turns.size() && turns.get(i + 1).text().matches("(?i)(yes, )?that('s| is) (right|correct)\\.?")) {
                        assertThat(turns.get(i + 2).text()).as("seed " + seed).doesNotContain("set that up").doesNotContain("go ahead");
                    }
                }
            }
        }
        assertThat(readBacks).isGreaterThanOrEqualTo(5);
    }
}
