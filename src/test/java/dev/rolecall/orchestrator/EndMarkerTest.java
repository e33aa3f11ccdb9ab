package dev.rolecall.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndMarkerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "好的，再见。[END:2]|好的，再见。|true|2",
            "好的 [END：3] 再见|好的  再见|true|3",
            "bye 【END:1】|bye|true|1",
            "bye [end 4]|bye|true|4",
            "bye [END]|bye|true|",
            "没有标记的话|没有标记的话|false|",
            "[END:1]||true|1"})
    void readsLooseMarkers(String raw, String text, boolean present, Integer condition) {
        EndMarker m = EndMarker.parse(raw);
        assertThat(m.text()).isEqualTo(text == null ? "" : text);
        assertThat(m.present()).isEqualTo(present);
        assertThat(m.condition()).isEqualTo(condition);
    }
}
