package dev.rolecall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void chineseTakesTwoColumnsAndPaddingLinesUp() {
        assertThat(DisplayWidth.of("caller 1")).isEqualTo(8);
        assertThat(DisplayWidth.of("客户确认")).isEqualTo(8);
        assertThat(DisplayWidth.of("续费，OK")).isEqualTo(8);
        String a = DisplayWidth.padRight("caller 1 客户确认续费周期", 30);
        String b = DisplayWidth.padRight("callee 3 refused", 30);
        assertThat(DisplayWidth.of(a)).isEqualTo(DisplayWidth.of(b)).isEqualTo(30);
    }
}
