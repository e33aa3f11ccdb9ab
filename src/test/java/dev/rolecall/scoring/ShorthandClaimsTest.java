package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.text.Embedder;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rep's shorthand is the card's words: holdout25's terse faithful call ("Options: Tue 5/26 10am | Thu 5/28 2pm | Sat 5/30
 * 11am. (Mon–Sat only, last start 4pm.)") had been capped at 60 as a rule the card does not give.
 */
class ShorthandClaimsTest {
    private static final CardProfile APPRAISAL = new CardProfile(
            CardParser.parse(Path.of("src/test/resources/labelled/holdout25/cards/appraisal.md")), Embedder.shared());

    private static List<FactFlag> claims(String text) {
        return Claims.unbacked(new Turn(8, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of()), APPRAISAL, List.of());
    }

    @Test
    void weekdayAndClockShorthandIsSpelledOut() {
        assertThat(Claims.spelledOut("Tue 5/26 10am | Thu 5/28 2pm (Mon–Sat only, last start 4pm.)"))
                .isEqualTo("tuesday 5/26 10 a.m. | thursday 5/28 2 p.m. (monday–saturday only, last start 4 p.m.)");
        assertThat(Claims.spelledOut("Saturday at 11 a.m.")).isEqualTo("Saturday at 11 a.m.");
    }

    @Test
    void theCardsSlotsInShorthandAreNoClaimButAnInventedRuleStillIs() {
        assertThat(claims("Options: Tue 5/26 10am | Thu 5/28 2pm | Sat 5/30 11am. (Mon–Sat only, last start 4pm.)")).isEmpty();
        assertThat(claims("Don't worry, the state always waives the sales tax on antiques sold at auction."))
                .isNotEmpty();
    }
}
