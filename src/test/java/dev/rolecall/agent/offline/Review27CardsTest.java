package dev.rolecall.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Transcript;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review 27's cards as their writer first wrote them, and review 26's callee lines. The review scored the offline rep 34.7
 * (waimai-onboard, zh) and 38.5 (office-coffee, en): no plan chosen ("您倾向哪一种？" → "是的。", 10 of 10), read-backs without the
 * plan or fee and with the time twice, the price question put off, "How did the team find it overall?" → "Yep.", billing read
 * back as "Billing by monthly".
 */
class Review27CardsTest {

    private static Card card(String name) {
        return CardParser.parse(Path.of("src/test/resources/reviewed", name));
    }

    private static final Card WAIMAI = card("waimai-onboard.md");
    private static final Card COFFEE = card("office-coffee.md");
    private static final Card GUTTER = card("gutter-clean.md");
    private static final Card BROW = card("brow-touchup.md");
    private static final Card PEST = card("pest-control.md");
    private static final Card FILM = card("window-film.md");

    @Test
    void theChineseCustomerPicksAPlanAndTheReadBackSaysItsFeesAndTheTimeOnce() {
        int picks = 0;
        int readBacks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(WAIMAI, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.contains("您倾向哪一种") && i + 3 < turns.size()) {
                    picks++; // (a customer out of patience may leave instead: "说这么多我没时间听，…我先挂了。")
                    assertThat(t).as("seed " + seed).contains("基础方案还是旺铺方案");
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).containsPattern("基础方案|旺铺方案")
                            .doesNotStartWith("是的").doesNotStartWith("对");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("我跟您复述一下")) {
                    readBacks++;
                    assertThat(t).as("seed %d: %s", seed, t)
                            .containsPattern("选的是(基础方案，月费0元，每单服务费6%|旺铺方案，月费399元，每单服务费4%)")
                            .containsPattern("摄影师周[四五][上下]午上门").doesNotContain("。。");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("证都齐吗")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotStartWith("要"); // "要，食品经营许可证…" answered nothing
                }
            }
        }
        assertThat(picks).isGreaterThanOrEqualTo(6);
        assertThat(readBacks).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theEnglishCustomerIsToldThePriceGivesAViewAndPaysByCardOrAch() {
        int priceAsked = 0;
        int readBacks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(COFFEE, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLEE && t.contains("What's it going to cost us?")) {
                    priceAsked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("$89").contains("$149")
                            .doesNotContain("get back to you");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.endsWith("How did the team find it overall?")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed)
                            .doesNotMatch("(?i)^(yep|yes|correct|that's correct|that's right)\\b.*");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Let me read that back")) {
                    readBacks++;
                    assertThat(t).as("seed %d: %s", seed, t).containsPattern("Billing by (card|ACH),")
                            .doesNotContain("by monthly").doesNotContain("a.m..")
                            .containsPattern("Install on (Tuesday, May 19, between 8 and 10 a\\.m\\.|Thursday, May 21, between 1 and 3 p\\.m\\.)");
                }
            }
            // the install step's first line before its question, not never (10 of 10 in the review)
            assertThat(turns.stream().anyMatch(t -> t.text().contains("The technician swaps the trial machine"))
                    || turns.stream().noneMatch(t -> t.text().contains("I can do Tuesday, May 19"))).as("seed " + seed).isTrue();
        }
        assertThat(priceAsked).isPositive();
        assertThat(readBacks).isGreaterThanOrEqualTo(5);
    }

    /** Review 26's gutter and brow callees: concerns said as a person says them, and no day taken up picked. */
    @Test
    void concernsAreSaidWholeAndABookClubAfternoonIsNotPicked() {
        CardIndex gutter = new CardIndex(GUTTER, Embedder.shared());
        assertThat(gutter.agenda).extracting(CardIndex.Fragment::text)
                .contains("whether ladders will scratch the paint Frank put on the trim two summers ago", "the dog")
                .noneMatch(x -> x.contains("or what the crew might find") || x.endsWith(", leaks"));
        CardIndex brow = new CardIndex(BROW, Embedder.shared());
        assertThat(brow.agenda.stream().flatMap(f -> f.spoken().stream()).toList())
                .contains("I don't want to be upsold.").noneMatch(s -> s.contains("What about I"));
        assertThat(BusyTimes.of("Prefers mornings; Thursday afternoons she has her book club.").busyAt("Thursday, October 23, arriving between 1 and 3 in the afternoon"))
                .isTrue();
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(GUTTER, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLER && turns.get(i).text().endsWith("Which is better?")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).doesNotContain("Thursday");
                }
            }
        }
    }

    /** "What about price?" had been answered with the read-back template, its slots unknown: ", at 42 Alder Lane. Did I get that right?" */
    @Test
    void aReadBackTemplateAnswersNoQuestion() {
        CardIndex pest = new CardIndex(PEST, Embedder.shared());
        int line = pest.bestLine("What about price?", java.util.Set.of());
        assertThat(line < 0 || !pest.stepLines.get(line).contains("[")).isTrue();
        for (long seed = 1; seed <= 10; seed++) {
            Transcript call = OfflineEngineTest.call(PEST, seed, 30);
            for (Turn t : call.turns()) {
                if (t.speaker() == Role.CALLER) {
                    assertThat(t.text()).as("seed " + seed).doesNotStartWith(",").doesNotContain("As I said, ,");
                }
            }
        }
    }

    /** "贵的会不会影响ETC，我天天走高速？" is the ETC entry's question: answered, and the customer takes it as answered. */
    @Test
    void theClauseThatAsksFindsItsEntry() {
        int asked = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(FILM, seed, 40).turns();
            for (int i = 0; i + 2 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("会不会影响ETC")) {
                    asked++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("不影响").doesNotContain("核实后");
                    assertThat(turns.get(i + 2).text()).as("seed " + seed).doesNotContain("先回答我的问题");
                }
            }
        }
        assertThat(asked).isPositive();
    }
    /**
     * The bundled renewal card: "有不起作用的推广功能被强行绑定吗？" had been put off ("核实后回复您") in 12 of 30 calls and the
     * customer hung up; the script's "有需要新增或升级的功能请直接告知" answers it: nothing is added unless asked for.
     */
    @Test
    void aForcedAddOnIsAnsweredByTheScriptsOptIn() {
        Card renewal = CardParser.parse(Path.of("prompts/cards/renewal.md"));
        int asked = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<Turn> turns = OfflineEngineTest.call(renewal, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().contains("强行绑定")) {
                    asked++;
                    // (after an echo of a pick the same turn took, "好的，微信。", the answer comes first)
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).matches("(?s)(?:[^。]{1,12}。)?不会.*").contains("有需要新增或升级的功能请直接告知")
                            .doesNotContain("核实后");
                }
            }
        }
        assertThat(asked).isPositive();
    }
    /**
     * Review 28's upholstery card: "Which one would you like?" after "Standard linen blend, $640 all in… Or performance velvet,
     * $815 all in" had been answered "Yes." (9 of 9), and the read-back said "[fabric]" as the deposit's "phone".
     */
    @Test
    void aFabricNamedBeforeItsPriceIsPickedAndReadBack() {
        Card upholstery = card("upholstery.md");
        int picks = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(upholstery, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Which one would you like")) {
                    picks++;
                    assertThat(t).as("seed " + seed).contains("Standard linen blend or performance velvet");
                    assertThat(turns.get(i + 1).text()).as("seed " + seed)
                            .containsPattern("(?i)linen|velvet");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("Let me read it back")) {
                    assertThat(t).as("seed " + seed).containsPattern("(Standard linen blend at \\$640|performance velvet at \\$815)")
                            .doesNotContain("phone at");
                }
            }
        }
        assertThat(picks).isGreaterThanOrEqualTo(5);
    }
}
