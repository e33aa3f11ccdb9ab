package dev.rolecall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prices said as hundreds and tens, where a price is expected. */
class EnglishNumbersTest {

    @Test
    void hundredsAndTensFromOneToNineteenHundred() {
        assertThat(EnglishNumbers.hundredsShorthand("two-eighty")).isEqualTo(280L);
        assertThat(EnglishNumbers.hundredsShorthand("five ninety-five")).isEqualTo(595L);
        // "The fourteen-sixty one." for $1,460 (holdout69's standby-gen-03)
        assertThat(EnglishNumbers.hundredsShorthand("fourteen-sixty")).isEqualTo(1460L);
        assertThat(EnglishNumbers.hundredsShorthand("twelve fifty")).isEqualTo(1250L);
    }

    @Test
    void notAShorthand() {
        assertThat(EnglishNumbers.hundredsShorthand("twenty-five")).isNull();
        assertThat(EnglishNumbers.hundredsShorthand("two")).isNull();
        assertThat(EnglishNumbers.hundredsShorthand("seven five")).isNull();
    }
}
