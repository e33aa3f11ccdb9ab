package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extras thrown in on the phone, read on holdout21's gas-safety card and holdout58's home-organizer card. */
class ExtrasThrownInTest {

    private static final Card GAS = CardParser.parse(Path.of("src/test/resources/labelled/holdout21/calls/gas-safety.md"));
    private static final Card ORGANIZER = CardParser.parse(Path.of("src/test/resources/labelled/holdout58/calls/home-organizer.md"));

    private static List<String> flagged(Card card, String said) {
        CardProfile profile = new CardProfile(card, dev.rolecall.text.Embedder.shared());
        return ExtrasThrownIn.in(new Turn(2, Role.CALLER, "rep", said, 0L, null, null, null, null, null, List.of()), profile, List.of())
                .stream().map(FactFlag::said).toList();
    }

    @Test
    void aRepairTheCardSendsToTheMakerIsAnExtraNotOffered() {
        // the card: 热水器本身的维修请联系热水器厂家售后
        assertThat(flagged(GAS, "那正好，安检员到了顺手就给您把热水器修好，不另外收钱。")).containsExactly("安检员到了顺手就给您把热水器修好");
    }

    @Test
    void talkingSendingAndBookingOnTheWayAddNoWork() {
        assertThat(flagged(GAS, "好的，顺便问一下，您家灶具是哪年装的？")).isEmpty();
        assertThat(flagged(GAS, "安检单我们一并发您微信。")).isEmpty();
        assertThat(flagged(GAS, "我顺便帮您约个上门时间吧。")).isEmpty();
    }

    @Test
    void whatTheCardsVisitCoversIsNoExtra() {
        // the card: 主要查燃气表、管道和阀门、灶具连接管，还有热水器的烟道
        assertThat(flagged(GAS, "安检员到了顺便把热水器的烟道也查一下。")).isEmpty();
    }

    @Test
    void englishWorkThrownInOrDoneWhileTheCrewIsThere() {
        assertThat(flagged(ORGANIZER, "Oh, that's really common. We'll wipe the mold down while we're there."))
                .containsExactly("We'll wipe the mold down while we're there.");
        assertThat(flagged(ORGANIZER, "And I'll throw in a free shelving unit.")).containsExactly("And I'll throw in a free shelving unit.");
        // the card: "We don't haul paint, propane, motor oil or chemicals"
        assertThat(flagged(ORGANIZER, "We'll haul the paint cans off while we're there.")).isNotEmpty();
        // not the rep's: what the neighbours throw in, the customer's own errand
        assertThat(flagged(ORGANIZER, "Anything the neighbors throw in counts toward the load.")).isEmpty();
        assertThat(flagged(ORGANIZER, "While you're there, could you check the basement is clear?")).isEmpty();
    }
}
