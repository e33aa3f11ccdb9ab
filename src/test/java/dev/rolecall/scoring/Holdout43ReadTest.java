package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Card;
import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the forty-third held-out set's faithful calls exposed on its first run (a guzheng grade exam in Chinese): the rep named
 * "再商量" (from the card's "跟王老师再商量"), the card's own "截止以后就不退" said as "截止后不退" read as turning round its
 * "截止前", and a mother's "还得问问王老师她到底行不行" (the call-back condition itself) read as disputing the booking.
 */
class Holdout43ReadTest {
    private static final Path SET = Path.of("src/test/resources/labelled/holdout43");
    private static final Card EXAM = CardParser.parse(SET.resolve("cards/kaoji.md"));
    private static final Scorer SCORER = new Scorer(EXAM, Weights.defaultWeights());

    private static Scorecard score(String file, String rep, String customer) {
        return SCORER.score(PlainTextTranscripts.read(SET.resolve("calls").resolve(file), Map.of(rep, Role.CALLER, customer, Role.CALLEE)));
    }

    @Test
    void theRepIsNamedFromItsOwnSection() {
        assertThat(EXAM.caller().name()).isEqualTo("沈佳怡");
    }

    @Test
    void theCardsRefundRuleInFewerWordsIsNoContradiction() {
        Scorecard s = score("kaoji-03.txt", "沈老师", "可馨妈妈");
        assertThat(s.invented()).noneMatch(f -> f.type().equals("contradiction"));
        assertThat(s.critical()).isEmpty();
    }

    @Test
    void askingSomeoneElseWhetherTheChildCanDoItIsTheCallBackNotADispute() {
        Scorecard s = score("kaoji-05.txt", "小沈", "许女士");
        assertThat(s.critical()).noneMatch(c -> c.contains("ending not borne out"));
    }

    /** "So: on-site sharpening, …. Right?" – "Right." is a plan read back to a yes (the plans are named "Option one is …"). */
    @Test
    void aReadBackAnsweredRightChoosesThePlanItNames() {
        Scorer knives = new Scorer(CardParser.parse(SET.resolve("cards/sharpening.md")), Weights.defaultWeights());
        Scorecard s = knives.score(PlainTextTranscripts.read(SET.resolve("calls/sharpening-06.txt"),
                Map.of("Marcus Oyelaran", Role.CALLER, "Rosa Delgado", Role.CALLEE)));
        assertThat(s.critical()).noneMatch(c -> c.contains("ending not borne out"));
        assertThat(CallWords.confirms("Right.")).isTrue();
        assertThat(CallWords.confirms("That's not right.")).isFalse();
    }
}
