package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.CardParser;
import dev.rolecall.card.Role;
import dev.rolecall.transcript.PlainTextTranscripts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A share of a price is worked out only from a price the call has named. The card's 100元 early-delivery fee × its 50%
 * deposit had excused an invented 50元 delivery fee, and its 40元 daily cap × a 2 heard earlier an 80元 one; a fee rate
 * on the customer's balance (12000元 × 0.75%) still needs no one to say the balance, and a worked amount said first
 * ("$9,600 before the discount") is a price named.
 */
class WorkedSharesTest {
    private static final Path LABELLED = Path.of("src/test/resources/labelled");

    private static Scorecard score(String set, String card, String file, String rep, String customer) {
        Path dir = LABELLED.resolve(set);
        Path cardFile = dir.resolve("calls").resolve(card);
        Scorer scorer = new Scorer(CardParser.parse(cardFile.toFile().exists() ? cardFile : Path.of("prompts/cards").resolve(card)),
                Weights.defaultWeights());
        return scorer.score(PlainTextTranscripts.read(dir.resolve("calls").resolve(file), Map.of(rep, Role.CALLER, customer, Role.CALLEE)));
    }

    @Test
    void aCardPriceTimesAShareOfAnotherIsNoPriceOfItsOwn() {
        Scorecard flowers = score("holdout29", "hualan.md", "hualan-06.txt", "苏沫", "王海峰");
        assertThat(flowers.invented()).anyMatch(f -> f.turn() == 2 && f.said().equals("50块"));
        Scorecard parking = score("holdout4", "parking.md", "parking-07.txt", "林晓雯", "吴建华");
        assertThat(parking.invented()).anyMatch(f -> f.turn() == 8 && f.said().equals("80"));
    }

    @Test
    void feesOnTheBalanceAndSharesOfAWorkedPriceStillCount() {
        Scorecard fees = score("holdout10", "installment.md", "installment-01.txt", "周敏", "陈伟");
        assertThat(fees.invented()).isEmpty();
        Scorecard seats = score("holdout3", "english-support.md", "english-support-08.txt", "Sarah", "Mark");
        assertThat(seats.invented()).noneMatch(f -> f.said().contains("8,160"));
    }
}
