package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fault put where the card does not put it ({@link FaultPlaces}), on the bundled isp-visit card ("a fault at the wall socket"). */
class FaultPlacesTest {
    private static final CardProfile ISP = new CardProfile(CardParser.parse(Path.of("prompts/cards/isp-visit.md")), Embedder.shared());
    private static final CardProfile LOAN = new CardProfile(CardParser.parse(Path.of("prompts/cards/installment.md")), Embedder.shared());

    private static List<String> faults(CardProfile card, String text) {
        Turn rep = new Turn(2, Role.CALLER, "Tom", text, 0, null, null, null, null, null, List.of());
        return FaultPlaces.in(rep, card, List.of()).stream().map(FactFlag::said).toList();
    }

    @Test
    void aFaultSomewhereElseIsFlagged() {
        assertThat(faults(ISP, "Our line test found the fault is in your router, so a technician will swap it.")).hasSize(1);
        assertThat(faults(ISP, "Looks like the fault's in the street cabinet.")).hasSize(1);
    }

    @Test
    void theCardsPlaceInOtherWordsOrRuledOutIsNot() {
        assertThat(faults(ISP, "Our line test found a fault at the wall socket, so a technician needs to replace it.")).isEmpty();
        assertThat(faults(ISP, "The fault is in the socket on your wall.")).isEmpty();
        assertThat(faults(ISP, "It's free because the fault is on our side.")).isEmpty();
        assertThat(faults(ISP, "It's not a fault in your router, it's the wall socket.")).isEmpty();
        // a card that places no fault has none to contradict
        assertThat(faults(LOAN, "The problem is with your card.")).isEmpty();
    }
}
