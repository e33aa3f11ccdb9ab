package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Promises read on holdout42's cards: what the card backs, what it does not, and what is refused. */
class PromisesTest {

    private static final Card HIVES = CardParser.parse(Path.of("src/test/resources/labelled/holdout42/calls/pollination.md"));
    private static final Card CONCERT = CardParser.parse(Path.of("src/test/resources/labelled/holdout20/calls/concert.md"));

    private static List<FactFlag> flags(Card card, String said) {
        CardProfile profile = new CardProfile(card, dev.rolecall.text.Embedder.shared());
        return Promises.unbacked(new Turn(2, Role.CALLER, "rep", said, 0L, null, null, null, null, null, List.of()), profile, "");
    }

    @Test
    void aPromiseEndingItsSentenceIsBackedByTheCardClauseNamingTheSameThing() {
        // the card: "any hive below its grade is swapped free of charge"
        assertThat(flags(HIVES, "And on weak hives: we check during bloom, and any hive below its grade gets swapped, no charge.")).isEmpty();
        // the card's only free thing is transferring tickets in the app: a free move to the pit is no such promise
        assertThat(flags(CONCERT, "For the trouble, I can move the other three up to the front pit section, no charge."))
                .extracting(FactFlag::said).containsExactly("no charge");
    }

    @Test
    void aRefusedCreditIsNoPromise() {
        assertThat(flags(HIVES, "I can't put a credit like that in the quote.")).isEmpty();
        assertThat(flags(HIVES, "I can't change the dates, but I'll give you a credit on the next order.")).isNotEmpty();
    }
}
