package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The forty-seventh held-out set (a lion-dance troupe in Chinese, thesis binding in English), read after its blind first run:
 * a price per piece said with no currency.
 */
class Holdout47ReadTest {
    /** "Presentation's seventy-two a copy" against the card's $66 a copy; the faithful call's "$48 a copy" stays right. */
    @Test
    void aPricePerCopyInWordsIsChecked() {
        Scorecard wrong = LabelledCalls.score("holdout47", "thesis-binding.md", "thesis-binding-06.txt", "Owen Marsh", "Teresa Okafor");
        assertThat(wrong.invented()).anyMatch(f -> f.type().equals("money") && f.said().equals("$72"));
        Scorecard right = LabelledCalls.score("holdout47", "thesis-binding.md", "thesis-binding-01.txt", "Owen Marsh", "Teresa Okafor");
        assertThat(right.invented()).noneMatch(f -> f.type().equals("money"));
        assertThat(FactExtractor.extract("three messages a week")).noneMatch(f -> f.type() == Fact.Type.MONEY);
    }
}
