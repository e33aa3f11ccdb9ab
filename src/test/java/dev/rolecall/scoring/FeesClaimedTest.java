package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fees said with no number, read on holdout51's mural card ("the $75 city fee") and the bundled delivery card (改约免费). */
class FeesClaimedTest {

    private static final Card MURAL = CardParser.parse(Path.of("src/test/resources/labelled/holdout51/calls/mural.md"));
    private static final Card DELIVERY = CardParser.parse(Path.of("prompts/cards/delivery.md"));

    private static List<String> flagged(Card card, String said) {
        CardProfile profile = new CardProfile(card, dev.rolecall.text.Embedder.shared());
        return FeesClaimed.in(new Turn(2, Role.CALLER, "rep", said, 0L, null, null, null, null, null, List.of()), profile, List.of())
                .stream().map(FactFlag::said).toList();
    }

    @Test
    void aFeeTheCardNeverChargesIsFlagged() {
        assertThat(flagged(MURAL, "Saturday visits carry a small fee, weekdays are free.")).isNotEmpty();
        assertThat(flagged(MURAL, "And there's a sketch fee on top of that.")).containsExactly("And there's a sketch fee on top of that.");
        assertThat(flagged(DELIVERY, "改约要收改约费。")).containsExactly("改约要收改约费");
    }

    @Test
    void theCardsOwnFeeAndFeesDeniedPass() {
        // the card: "the $75 city fee is passed on at cost"
        assertThat(flagged(MURAL, "There's the city fee for the permit, passed on at cost.")).isEmpty();
        assertThat(flagged(MURAL, "There's no extra charge for the site visit.")).isEmpty();
        assertThat(flagged(DELIVERY, "改约的话不另收钱，提前一天打电话就行。")).isEmpty();
        assertThat(flagged(MURAL, "Is there a fee for the permit?")).isEmpty();
        assertThat(flagged(MURAL, "Whether there's a sketch fee depends on the design, honestly.")).isEmpty();
        // a fee with its amount is the amount checker's (holdout24's faithful usedcar-01)
        assertThat(flagged(MURAL, "You can cancel free until Friday; after that there's a fifty-dollar fee.")).isEmpty();
    }
}
