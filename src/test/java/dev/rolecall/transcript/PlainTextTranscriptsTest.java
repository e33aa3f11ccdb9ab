package dev.rolecall.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rolecall.card.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTranscriptsTest {
    @TempDir
    Path tmp;

    @Test
    void aLineWhoseFirstColonIsAClockTimeContinuesTheTurn() throws Exception {
        Path log = Files.writeString(tmp.resolve("shoot.txt"), """
                叶思琪：流程我给您捋一下：
                4/18（周六）07:30到店化妆 → 上午内景 → 下午外景，约18:00结束。
                陈昊：好。
                """);
        Transcript t = PlainTextTranscripts.read(log, PlainTextTranscripts.parseSpeakers("叶思琪=caller,陈昊=callee"));
        assertThat(t.turns()).hasSize(2);
        assertThat(t.turns().get(0).speaker()).isEqualTo(Role.CALLER);
        assertThat(t.turns().get(0).text()).endsWith("约18:00结束。").contains("07:30到店化妆");
    }

    @Test
    void labelledNoteLinesContinueATurnThatOpensABlock() throws Exception {
        Path log = Files.writeString(tmp.resolve("notes.txt"), """
                叶思琪：当天安排：
                服装：新娘4套，新郎西装2套。
                妆造：新娘1妆3造型。
                梁浩：下雨呢？
                叶思琪：雨天：中雨及以上外景免费改期1次。
                改期：本周六及之前免费改1次。
                梁浩：行。
                """);
        Transcript t = PlainTextTranscripts.read(log, PlainTextTranscripts.parseSpeakers("叶思琪=caller,梁浩=callee"));
        assertThat(t.turns()).extracting(Turn::speaker)
                .containsExactly(Role.CALLER, Role.CALLEE, Role.CALLER, Role.CALLEE);
        assertThat(t.turns().get(0).text()).contains("服装：新娘4套").contains("妆造：");
        assertThat(t.turns().get(2).text()).contains("改期：本周六");
    }

    @Test
    void anUnknownNameIsStillAnErrorWithItsLine() throws Exception {
        Path log = Files.writeString(tmp.resolve("typo.txt"), "叶思琪：您好\n陈浩：你好\n");
        assertThatThrownBy(() -> PlainTextTranscripts.read(log, PlainTextTranscripts.parseSpeakers("叶思琪=caller,陈昊=callee")))
                .hasMessageContaining("typo.txt:2: speaker '陈浩' is not in --speakers");
    }

    /** holdout46's underwriting-05 names the rep by its station, 26 characters: the whole file had failed at line 2. */
    @Test
    void aCompanyNamedAsTheSpeakerIsASpeakerAndANoteLineIsNot() throws Exception {
        Path log = Files.writeString(tmp.resolve("station.txt"), """
                Kettle Valley Public Radio: Hi, is this Gus Papadakis?
                Gus: Yeah, Gus.
                Kettle Valley Public Radio: Two packages.
                Two things to note: both air weekdays.
                Gus: OK.
                """);
        for (var speakers : java.util.List.of(java.util.Map.<String, Role>of(),
                PlainTextTranscripts.parseSpeakers("Kettle Valley Public Radio=caller,Gus=callee"))) {
            Transcript t = PlainTextTranscripts.read(log, speakers);
            assertThat(t.turns()).extracting(Turn::speaker).containsExactly(Role.CALLER, Role.CALLEE, Role.CALLER, Role.CALLEE);
            assertThat(t.turns().get(2).text()).contains("Two things to note: both air weekdays.");
        }
    }

    /**
     * holdout68's deck-ledger calls name the customer "Ms. Kowalski" and the rep "M. Bell": the stop had made every customer line
     * a continuation of the rep's turn, so a faithful call was scored on its customer's "Posts are fine." as the rep's words.
     */
    @Test
    void aTitleOrAnInitialWithAStopIsPartOfTheSpeakersName() throws Exception {
        Path log = Files.writeString(tmp.resolve("titles.txt"), """
                M. Bell: Hi, is this Brenda Kowalski?
                Ms. Kowalski: It is.
                M. Bell: How does it feel right now?
                Ms. Kowalski: Bouncy. Posts are fine.
                """);
        Transcript t = PlainTextTranscripts.read(log, java.util.Map.of());
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly(Role.CALLER, Role.CALLEE, Role.CALLER, Role.CALLEE);
        assertThat(t.turns().get(3).text()).isEqualTo("Bouncy. Posts are fine.");
        Path initials = Files.writeString(tmp.resolve("initials.txt"), """
                Ridgeline: Deposit A = $300.
                B.K.: Fine.
                """);
        assertThat(PlainTextTranscripts.read(initials, java.util.Map.of()).turns()).extracting(Turn::speaker)
                .containsExactly(Role.CALLER, Role.CALLEE);
        // a clause that ends on a stop before its colon is still no speaker: the line goes on the turn before
        Path note = Files.writeString(tmp.resolve("note.txt"), """
                Rep: Two options.
                Cust: OK.
                Rep: Here they are.
                So that's it. Here's the plan: Friday.
                """);
        Transcript noted = PlainTextTranscripts.read(note, java.util.Map.of());
        assertThat(noted.turns()).hasSize(3);
        assertThat(noted.turns().get(2).text()).endsWith("Here's the plan: Friday.");
    }
}
