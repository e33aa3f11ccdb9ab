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
 * Other firms run down and a standing boasted ({@link OffBookMoves}), on the bundled cards: flagged when the card does not say it;
 * a mention of other firms that runs nothing down, and the card's own limits said with "only", are not.
 */
class OffBookMovesTest {
    private static final CardProfile INSTALLMENT = profile("prompts/cards/installment.md");
    private static final CardProfile ISP = profile("prompts/cards/isp-visit.md");

    private static CardProfile profile(String path) {
        return new CardProfile(CardParser.parse(Path.of(path)), Embedder.shared());
    }

    private static List<String> moves(CardProfile card, String text) {
        Turn rep = new Turn(4, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of());
        return OffBookMoves.in(rep, card, List.of()).stream().map(f -> f.type() + ": " + f.said()).toList();
    }

    @Test
    void otherFirmsRunDownOrAStandingBoasted() {
        assertThat(moves(INSTALLMENT, "别的银行都比我们贵一倍，我们是全市最便宜的。")).singleElement().asString().startsWith("boast");
        assertThat(moves(INSTALLMENT, "别家那种小贷公司都是坑人的。")).singleElement().asString().startsWith("boast");
        assertThat(moves(ISP, "Most homes in Riverside already have us, and we're the only provider in Riverside with fibre.")).hasSize(1);
        assertThat(moves(ISP, "Half the other companies just send a guy who doesn't know fibre.")).hasSize(1);
    }

    @Test
    void otherFirmsNamedOrTheCardsOwnLimitsAreNot() {
        assertThat(moves(INSTALLMENT, "别家的方案您也可以比一比，不着急。")).isEmpty();
        assertThat(moves(ISP, "Weekend visits are only on Saturday mornings, and we're the only ones who can fix the socket.")).isEmpty();
        assertThat(moves(ISP, "It's the only slot in the afternoon this week.")).isEmpty();
    }

    @Test
    void pressureInNewWords() {
        assertThat(moves(INSTALLMENT, "这个费率只到今天，明天系统就调价了。")).singleElement().asString().startsWith("pressure");
        assertThat(moves(INSTALLMENT, "您要是挂了电话这个优惠就没了。")).singleElement().asString().startsWith("pressure");
        assertThat(moves(ISP, "Commit now and I'll throw in a month free.")).singleElement().asString().startsWith("pressure");
    }
}
