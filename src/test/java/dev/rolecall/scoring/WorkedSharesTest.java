package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A share of a price is worked out only from a price the call has named. The card's 100元 early-delivery fee × its 50%
 * deposit had excused an invented 50元 delivery fee, and its 40元 daily cap × a 2 heard earlier an 80元 one; a fee rate
 * on the customer's balance (12000元 × 0.75%) still needs no one to say the balance, and a worked amount said first
 * ("$9,600 before the discount") is a price named.
 */
class WorkedSharesTest {
    @Test
    void aCardPriceTimesAShareOfAnotherIsNoPriceOfItsOwn() {
        Scorecard flowers = LabelledCalls.score("holdout29", "hualan.md", "hualan-06.txt", "苏沫", "王海峰");
        assertThat(flowers.invented()).anyMatch(f -> f.turn() == 2 && f.said().equals("50块"));
        Scorecard parking = LabelledCalls.score("holdout4", "parking.md", "parking-07.txt", "林晓雯", "吴建华");
        assertThat(parking.invented()).anyMatch(f -> f.turn() == 8 && f.said().equals("80"));
    }

    @Test
    void feesOnTheBalanceAndSharesOfAWorkedPriceStillCount() {
        Scorecard fees = LabelledCalls.score("holdout10", "installment.md", "installment-01.txt", "周敏", "陈伟");
        assertThat(fees.invented()).isEmpty();
        Scorecard seats = LabelledCalls.score("holdout3", "english-support.md", "english-support-08.txt", "Sarah", "Mark");
        assertThat(seats.invented()).noneMatch(f -> f.said().contains("8,160"));
    }
}
