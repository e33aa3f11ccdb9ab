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
 * Review 31's cards as their writer first wrote them. The review graded the offline rep 15.8 (yugang, zh) and 25.5
 * (holiday-lights, en): the English card did not load ("# Who's calling: …"), and once renamed its Q&A was read as the
 * read-back step's lines ("Q: Will you damage my gutters or roof?" said aloud, 5 of 10); "So what's the damage?" got the
 * gutter answer; "周末能不能来，来多久，要不要我盯着？" got the packages' line (7 of 10); no plan was ever picked on the Chinese card
 * and its read-backs said "地址北湖花园12幢802，季度".
 */
class Review31CardsTest {

    private static final Card LIGHTS = CardParser.parse(Path.of("src/test/resources/reviewed/holiday-lights.md"));
    private static final Card TANK = CardParser.parse(Path.of("src/test/resources/reviewed/yugang.md"));

    @Test
    void theLightsCardLoadsWithItsSidesAndQuestionsWhereItsWriterPutThem() {
        assertThat(LIGHTS.caller().name()).isEqualTo("Dana Whitaker");
        assertThat(LIGHTS.callee().name()).isEqualTo("Beth Sandoval");
        assertThat(LIGHTS.caller().qa()).hasSize(7);
        assertThat(LIGHTS.caller().steps().get(6).lines()).hasSize(1); // the read-back alone, no "Q: …" after it
        assertThat(TANK.warnings()).isEmpty();
        assertThat(TANK.caller().endConditions()).hasSize(4);
    }

    @Test
    void thePriceIsAnsweredWithBothPackagesAndNoLineOfTheCardIsReadWithItsLabel() {
        int priced = 0;
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(LIGHTS, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLER) {
                    assertThat(t).as("seed " + seed).doesNotContain("Q:").doesNotContain("A:");
                    if (t.contains("Let me read it back")) {
                        backs++;
                        assertThat(t).as("seed " + seed).containsPattern("the (Roofline|Trees|Roofline package|Roofline and Trees package), "
                                + "installed on (Tuesday, November 17|Thursday, November 19) with the crew arriving between (8 and 11 in the "
                                + "morning|12 and 3 in the afternoon), at 1418 Wren Court, total \\$(689|1,149)");
                    }
                    continue;
                }
                assertThat(t).as("seed " + seed).doesNotContain("I doesn't").doesNotContain("What about that")
                        .doesNotContain("gutters, about");
                if (t.contains("what's the damage?")) {
                    priced++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("$689").contains("$1,149").endsWith("Which one would you like?");
                }
            }
        }
        assertThat(priced).isGreaterThanOrEqualTo(3);
        assertThat(backs).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aCustomerWhoWillCheckWithHerHusbandIsAskedWhenToCallBack() {
        int deferred = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Turn> turns = OfflineEngineTest.call(LIGHTS, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (turns.get(i).speaker() == Role.CALLEE && turns.get(i).text().matches("(?s).*\\b(?:check|talk) (?:with|to) my husband first\\b.*")
                        && !turns.get(i).text().contains("[END")) {
                    deferred++;
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("call you back?");
                }
            }
        }
        assertThat(deferred).isGreaterThanOrEqualTo(1);
    }

    /** holdout41's cards write their read-backs with alternatives: "[Tilt / Full-Motion] … [$179 / $329] … [Thursday… / Saturday…]". */
    @Test
    void aReadBackOfAlternativesSaysThePickedOneAndTheParallelPrice() {
        Card mount = CardParser.parse(Path.of("src/test/resources/labelled/holdout41/cards/tvmount.md"));
        Card guard = CardParser.parse(Path.of("src/test/resources/labelled/holdout41/cards/fanghuwang.md"));
        int backs = 0;
        for (long seed = 1; seed <= 8; seed++) {
            for (Turn t : OfflineEngineTest.call(mount, seed, 40).turns()) {
                if (t.speaker() == Role.CALLER && t.text().contains("Let me read it back")) {
                    backs++; // "$179" had followed Full-Motion, and the days were read aloud in their brackets
                    assertThat(t.text()).as("seed " + seed).doesNotContain("[").containsPattern("the (Tilt package .*\\$179|Full-Motion package "
                            + ".*\\$329), (Thursday, October 21, arriving 10 to noon|Saturday, October 23, arriving 1 to 3), with an adult");
                }
            }
            for (Turn t : OfflineEngineTest.call(guard, seed, 40).turns()) {
                if (t.speaker() == Role.CALLER && t.text().contains("我跟您对一下")) {
                    backs++;
                    assertThat(t.text()).as("seed " + seed).doesNotContain("[").containsPattern("(标准款.*每平方米138元，估计1380元|加强款.*每平方米198元，估计1980元)"
                            + "左右；(8月21号周六上午9点到11点|8月24号周二下午2点到4点)之间上门");
                }
            }
        }
        assertThat(backs).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theTankCustomersQuestionsAreEachAnsweredAndThePlanAndDayAreReadBack() {
        int asked = 0;
        int backs = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<Turn> turns = OfflineEngineTest.call(TANK, seed, 40).turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                String t = turns.get(i).text();
                if (turns.get(i).speaker() == Role.CALLEE && t.contains("周末能不能来，来多久") && !t.contains("还没回答")) {
                    asked++;
                    String answer = turns.get(i + 1).text();
                    assertThat(answer).as("seed " + seed).contains("深度清洗大概两小时").contains("周六12月5号或者周日12月6号")
                            .doesNotContain("核实后回复您");
                }
                if (turns.get(i).speaker() == Role.CALLEE && t.contains("洗一次多少")) {
                    assertThat(turns.get(i + 1).text()).as("seed " + seed).contains("380元").contains("1080元").doesNotContain("核实后回复您");
                }
                if (turns.get(i).speaker() == Role.CALLER && t.contains("我跟您复述一下")) {
                    backs++;
                    assertThat(t).as("seed " + seed).containsPattern("您选的是(单次深度清洗|季度维护套餐)，周[六日][上下]午上门，地址北湖花园12幢802，"
                            + "费用(380|1080)元");
                }
            }
        }
        assertThat(asked).isGreaterThanOrEqualTo(3);
        assertThat(backs).isGreaterThanOrEqualTo(6);
    }
}
