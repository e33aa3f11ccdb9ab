package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled clinic card sees patients on Tuesdays and Thursdays; its "消炎药…每天3次" is how often, not a day of service, so a
 * rep's "我们周末也接诊" is a day it never offers (five such sentences had passed in the sets read before, the card read as open
 * every day), while "之后会一天天消下去" names no day. A symptom the card's alarm names, reported as going on, raises it for the
 * reassurance after it ("种完牙渗点血很正常" after bleeding that will not stop).
 */
class ClinicCardTest {

    private static List<String> said(Scorecard card) {
        return card.invented().stream().map(FactFlag::said).toList();
    }

    @Test
    void howOftenIsNoDayOfService() {
        assertThat(said(LabelledCalls.score("holdout65", "clinic.md", "clinic-03.txt", "陈静", "赵先生")))
                .anyMatch(s -> s.contains("我们周末也接诊"));
        // a faithful call: "之后会一天天消下去"
        assertThat(LabelledCalls.score("", "clinic.md", "clinic-05.txt", "陈静", "赵建国").critical()).isEmpty();
    }

    @Test
    void reassuranceAfterAnAlarmTheCardNames() {
        assertThat(said(LabelledCalls.score("holdout68", "clinic.md", "clinic-04.txt", "陈静", "赵建国")))
                .anyMatch(s -> s.contains("渗点血很正常"));
    }
}
