package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 33's videotape card (luxiang, zh). Its read-back asks for amounts the call never learns ("录像带[录像带金额]元加照片
 * [照片金额]元，一共[总价]元" with no tape or photo count), and the rep had said the per-tape price in every one of them:
 * "录像带58元加照片58元，一共58元", 7 of 8 read-backs. A figure the call cannot know is left unsaid.
 */
class Review33CardsTest {

    private static final Card TAPES = CardParser.parse(Path.of("src/test/resources/reviewed/luxiang.md"));

    @Test
    void aTotalPricedPerTapeIsNotReadBackAsTheUnitPrice() {
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(TAPES, seed, 40).turns();
            for (Turn t : turns) {
                if (t.speaker() == Role.CALLER && t.text().contains("跟您复述一下")) {
                    backs++;
                    assertThat(t.text()).as("seed " + seed).doesNotContain("一共58元").doesNotContain("一共30元")
                            .doesNotContain("照片58元").doesNotContain("照片30元").doesNotContainPattern("[：；，][；。]");
                }
            }
        }
        assertThat(backs).isGreaterThanOrEqualTo(5);
    }
}
