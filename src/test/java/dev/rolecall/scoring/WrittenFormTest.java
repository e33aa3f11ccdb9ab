package dev.rolecall.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rolecall.card.Role;
import dev.rolecall.orchestrator.ReplyCleaner;
import dev.rolecall.transcript.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenFormTest {
    private static Turn caller(String text, String... flags) {
        return new Turn(0, Role.CALLER, "李明", text, 0, null, null, null, null, null, List.of(flags));
    }

    @Test
    void aListOrBoldReadAloudIsWrittenNotSpoken() {
        assertThat(WrittenForm.written(caller("给您列一下：\n- 月费59元\n- 不含宽带"))).isTrue();
        assertThat(WrittenForm.written(caller("Here's the plan:\n1. Refill the statin\n2. Fax Dr. Patel"))).isTrue();
        assertThat(WrittenForm.written(caller("**专属折扣**：老客户续费享九五折"))).isTrue();
        assertThat(WrittenForm.written(caller("一、降到59以后\n二、保留129"))).isTrue();
    }

    @Test
    void talkIsSpokenEvenWithNumbersAndDashes() {
        assertThat(WrittenForm.written(caller("第一，续费九五折；第二，发票两小时开好。"))).isFalse();
        assertThat(WrittenForm.written(caller("Call 1-800-555-0199 - that's our line. 2 options: pickup or delivery."))).isFalse();
        assertThat(WrittenForm.written(caller("- 只有一行的话不算列表"))).isFalse();
        assertThat(WrittenForm.written(caller("价格是 5*4 = 20 元"))).isFalse();
    }

    @Test
    void rolecallsOwnTranscriptsCountTheCleanersFlag() {
        // the cleaner has already taken the markup out of the text; its flag says the model wrote a page
        assertThat(WrittenForm.written(caller("月费59元 不含宽带", ReplyCleaner.MARKDOWN))).isTrue();
        assertThat(WrittenForm.written(caller("月费59元，不含宽带。", ReplyCleaner.STAGE_DIRECTION))).isFalse();
    }
}
