package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifty-first held-out set (a new-flat inspection in Chinese, a café mural in English, plus delivery and english-support),
 * read after its blind first run: a faithful and a thin mural call flagged for the card's own painting days and its free
 * weather delays, said in other words.
 */
class Holdout51ReadTest {
    @Test
    void daysOfWorkAreDays() {
        assertThat(FactExtractor.extract("so $4,320 for your wall, about 4 painting days."))
                .anyMatch(f -> f.type() == Fact.Type.DURATION && f.value().equals("5760"));
    }

    @Test
    void theCardsOwnTermsInOtherWordsAreNotFlagged() {
        // "~9 days" for "about 9 painting days"; "weather delays = no charge" for "weather delays cost you nothing"
        assertThat(LabelledCalls.score("holdout51", "mural.md", "mural-02.txt", "Brightwall", "Priya").invented()).isEmpty();
        // "about four days of painting", "around nine days"
        assertThat(LabelledCalls.score("holdout51", "mural.md", "mural-04.txt", "Dana W.", "Priya").invented()).isEmpty();
    }
}
