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
 * The forty-third held-out set's two cards, run offline (read as a reviewer would, 2026-12-03): on the guzheng exam card (zh)
 * no level was ever chosen ("您看报哪一级？" answered "没错。"), the session question was answered "给4分吧。" (its "具体几点几分"
 * read as asking for a score) and the payment line "…扫码或者刷卡。报名…周二晚上8点截止…您看选哪个？" as "周二晚上吧"; on the knife
 * sharpening card (en) the Q&A's "**Q.**"/"**A.**" labels were spoken and "Option one is …. Option two is …. Which plan would you
 * like?" was answered "Sure.", the read-back then naming a plan nobody chose.
 */
class Holdout43CardsTest {
    private static final Path CARDS = Path.of("src/test/resources/labelled/holdout43/cards");

    private static String answerTo(List<Turn> turns, String asked) {
        for (int i = 0; i + 1 < turns.size(); i++) {
            if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().contains(asked)) {
                return turns.get(i + 1).text();
            }
        }
        return null;
    }

    @Test
    void theExamCustomerPicksALevelAndASessionAndNoScoreOrDeadline() {
        Card exam = CardParser.parse(CARDS.resolve("kaoji.md"));
        int levels = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(exam, seed, 40).turns();
            assertThat(turns).noneMatch(t -> t.speaker() == Role.CALLEE && t.text().matches("(?s).*给\\d分.*"));
            String level = answerTo(turns, "您看报哪一级");
            if (level != null) {
                levels++;
                assertThat(level).as("seed " + seed).containsAnyOf("4级", "5级");
                // the read-back says the level picked, though a session and a channel were picked after it (it had said the
                // session's place of "[4级/5级]": "5级" for "我选4级", 2 of 8)
                String picked = level.contains("4级") ? "4级" : "5级";
                for (Turn t : turns) {
                    if (t.speaker() == Role.CALLER && t.text().contains("我跟您复述一下")) {
                        assertThat(t.text()).as("seed " + seed).contains("报考古筝" + picked)
                                .contains(picked.equals("4级") ? "380元" : "450元");
                    }
                }
            }
            String pay = answerTo(turns, "截止，材料和钱都要在这之前交齐。您看选哪个");
            if (pay != null) {
                assertThat(pay).as("seed " + seed).doesNotContain("周二晚上");
            }
        }
        assertThat(levels).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSharpeningCustomerPicksAPlanAndNoLabelIsSpoken() {
        Card knives = CardParser.parse(CARDS.resolve("sharpening.md"));
        assertThat(knives.caller().qa()).allSatisfy(qa -> assertThat(qa.question()).doesNotStartWith("Q."));
        int plans = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(knives, seed, 40).turns();
            assertThat(turns).noneMatch(t -> t.text().matches("(?s)(?:.*\\s)?[QA]\\. .*"));
            String plan = answerTo(turns, "Which plan would you like");
            if (plan != null) {
                plans++;
                assertThat(plan.toLowerCase()).as("seed " + seed).containsAnyOf("on-site", "swap");
            }
        }
        assertThat(plans).isGreaterThanOrEqualTo(5);
    }
}
