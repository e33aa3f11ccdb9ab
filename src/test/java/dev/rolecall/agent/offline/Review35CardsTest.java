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
 * Review 35's cards. The sea-fishing charter (haidiao, zh) counts out both boats in one line ("一种是半天近海船，…；另一种是
 * 全天远海船，…") and its which-question was answered "下午吧" (from "下午4点回港", 6 of 10); its read-back said the date twice
 * ("5月30号星期六早上5月30号星期六在…集合"). The stair lift customer (en) said "Thursday mornings I've got labs, that won't
 * work." and was booked on Thursday morning (4 of 10).
 */
class Review35CardsTest {

    private static final Card BOATS = CardParser.parse(Path.of("src/test/resources/reviewed/haidiao.md"));
    private static final Card LIFT = CardParser.parse(Path.of("src/test/resources/reviewed/stairlift.md"));

    @Test
    void theCharterCustomerPicksABoatAndTheReadBackSaysTheDayOnce() {
        GoalChoice goal = GoalChoice.of(BOATS.caller().endCondition(1).orElseThrow().text(), BOATS.caller());
        assertThat(goal.options()).containsExactly("半天近海船", "全天远海船");
        int picked = 0;
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(BOATS, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.contains("您看选哪一种")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotContain("上午吧").doesNotContain("下午吧");
                    picked += turns.get(i + 1).text().contains("近海船") || turns.get(i + 1).text().contains("远海船") ? 1 : 0;
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("我跟您核对一下：")) {
                    assertThat(t).as("seed " + seed).doesNotContainPattern("星期[六日]早上5月");
                    backs += t.matches(".*(半天近海船|全天远海船)，5月3[01]号星期[六日]早上在蜈蚣峙码头.*") ? 1 : 0;
                }
            }
        }
        assertThat(picked).isGreaterThanOrEqualTo(4);
        assertThat(backs).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSlotTurnedDownInTheNextClauseIsNotBooked() {
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(LIFT, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("that won't work")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotContain("Thursday morning, perfect")
                            .doesNotContain("or Thursday morning");
                }
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains("Let me read that back")) {
                    assertThat(turns.get(i).text()).as("seed " + seed).doesNotContain("Thursday, March 19 between 8 and 10");
                }
            }
        }
        assertThat(TemplateFiller.withoutSurroundings("续存三年期定期", "跟您确认一下：续存", "定期，年利率")).isEqualTo("三年期");
    }
}
