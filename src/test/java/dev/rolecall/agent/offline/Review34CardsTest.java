package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 34's cards as first written. The review graded the offline rep 14.0 (zhutingqi, zh) and 27.4 (tree-removal, en):
 * no hearing aid was ever chosen ("那就晚上。" and "电话吧。" were taken as picks of the two models, and "我看周六可以。" answered
 * "您现在方便听电话吗？"), no crew day was ever booked ("Afternoon is best for me."), removal with stump grinding was read back
 * at removal only's price, and 9 of 10 English bookings were filed under the call-back condition.
 */
class Review34CardsTest {

    private static final Card HEARING = CardParser.parse(Path.of("src/test/resources/reviewed/zhutingqi.md"));
    private static final Card TREE = CardParser.parse(Path.of("src/test/resources/reviewed/tree-removal.md"));

    @Test
    void theHearingAidCustomerPicksAModelAndTheReadBackSaysWhatHePays() {
        int picks = 0;
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(HEARING, seed, 40).turns();
            // the opening asks whether he can talk: no day, no "电话" chosen
            assertThat(turns.get(1).text()).as("seed " + seed).doesNotContain("周六").doesNotStartWith("电话");
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.endsWith("您看选哪一款？") && t.contains("二是舒听充电款")) {
                    String answer = turns.get(i + 1).text();
                    assertThat(answer).as("seed " + seed).doesNotStartWith("那就晚上").doesNotStartWith("电话");
                    picks += answer.contains("舒听标准款") || answer.contains("舒听充电款") ? 1 : 0;
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("您选的是")) {
                    backs++;
                    assertThat(t).as("seed " + seed).containsPattern("您选的是(舒听标准款，两只6800元，减掉补贴3000元，您实付3800元"
                            + "|舒听充电款，两只9600元，减掉补贴3000元，您实付6600元)");
                }
            }
        }
        assertThat(picks).isGreaterThanOrEqualTo(5);
        assertThat(backs).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theTreeJobIsBookedOnADayAtAStartTimeAndReadBackAtThePriceOfTheOptionChosen() {
        int dated = 0;
        int booked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Transcript call = OfflineEngineTest.call(TREE, seed, 40);
            List<Turn> turns = call.turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Let me read that back")) {
                    assertThat(t).as("seed " + seed).doesNotContain("back:.")
                            .doesNotContain("removal with stump grinding at 58 Laurel Bend Road for $1,450")
                            .doesNotContain("removal only at 58 Laurel Bend Road for $1,725");
                    dated += t.matches(".*on (?:Wednesday|Friday), October 1[57] with the crew starting at (?:8 in the morning|12:30 in the afternoon)\\..*") ? 1 : 0;
                }
                if (turns.get(i).speaker() == Role.CALLER && t.startsWith("How about")) {
                    assertThat(t).as("seed " + seed).doesNotContain("I can put a crew");
                }
            }
            String last = turns.get(turns.size() - 1).text();
            if (last.contains("you're on the schedule")) {
                booked++;
                assertThat(call.end().condition()).as("seed " + seed).isEqualTo(1);
            }
        }
        assertThat(dated).isGreaterThanOrEqualTo(4);
        assertThat(booked).isGreaterThanOrEqualTo(6);
    }

    /** "So when can you get that thing down?" had been put off, and "跟女儿商量一下" closed as "听不清、不方便或直接挂断" with "我按说好的时间…" and no time. */
    @Test
    void aWhenQuestionGetsTheDaysAndADeferralToTheDaughterIsAskedForACallBackTime() {
        CardIndex tree = new CardIndex(TREE, dev.rolecall.text.Embedder.shared());
        assertThat(tree.whenLine("So when can you get that thing down?")).isGreaterThanOrEqualTo(0);
        assertThat(tree.stepLines.get(tree.whenLine("So when can you get that thing down?"))).contains("Wednesday, October 15 or Friday");
        int deferred = 0;
        for (long seed = 1; seed <= 10; seed++) {
            var call = OfflineEngineTest.call(HEARING, seed, 40);
            String last = call.turns().get(call.turns().size() - 1).text();
            if (call.end().by() == Role.CALLER && last.contains("跟女儿商量")) {
                deferred++;
                assertThat(call.end().condition()).as("seed " + seed).isEqualTo(2);
                assertThat(last).as("seed " + seed).doesNotContain("按说好的时间");
            }
        }
        assertThat(deferred).isGreaterThanOrEqualTo(1);
    }
}
