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
 * A charge added or left out, or a symptom vouched for as normal, is a claim to check against the card: held-out calls'
 * "防雨罩要另外买" (the card: "都配透明防雨罩，不加钱") and "渗点血也正常" had passed unread. The card's own extras said again
 * are not, nor is a worry called normal.
 */
class ChargeClaimsTest {
    private static final CardProfile FLOWERS = new CardProfile(
            CardParser.parse(Path.of("src/test/resources/labelled/holdout29/cards/hualan.md")), Embedder.shared());
    private static final CardProfile WEDDING = new CardProfile(
            CardParser.parse(Path.of("src/test/resources/labelled/holdout12/cards/wedding-photo.md")), Embedder.shared());

    private static final CardProfile SAT = new CardProfile(
            CardParser.parse(Path.of("src/test/resources/labelled/holdout50/cards/sat-prep.md")), Embedder.shared());

    private static List<FactFlag> claims(CardProfile card, String text) {
        return Claims.unbacked(new Turn(6, Role.CALLER, "Rep", text, 0, null, null, null, null, null, List.of()), card, List.of());
    }

    @Test
    void anExtraChargeTheCardDoesNotMakeIsFlaggedAndOneItMakesIsNot() {
        assertThat(claims(FLOWERS, "下雨的话花篮容易淋坏，防雨罩要另外买，一个三十。")).isNotEmpty();
        assertThat(claims(WEDDING, "可以的，伴娘妆是另外加的，每人两百，要提前跟我说。")).isEmpty();
    }

    @Test
    void aWorryCalledNormalIsNoClaim() {
        assertThat(claims(WEDDING, "这个顾虑很正常哈，好多新人都问过。")).isEmpty();
        // a son's first PSAT score called normal consoles (holdout50's sat-prep-01); a symptom called normal vouches for it
        assertThat(claims(SAT, "Totally normal for a first try.")).isEmpty();
        assertThat(claims(SAT, "Some swelling in his wrist after the long diagnostic is totally normal.")).isNotEmpty();
    }
}
