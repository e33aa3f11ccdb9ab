package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** run --human on a terminal reads through JLine: keys edit the line, lines are kept in history, Ctrl-D hangs up. */
class TerminalInputTest {
    @Test
    void editsLinesKeepsHistoryAndHangsUpAtEndOfInput() throws Exception {
        // Ctrl-A (start of line) then "好，" edits "我知道了" into "好，我知道了"
        byte[] typed = "您好\n我知道了\u0001好，\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal terminal = TerminalBuilder.builder().streams(new ByteArrayInputStream(typed), new ByteArrayOutputStream())
                .dumb(true).encoding(StandardCharsets.UTF_8).build()) {
            TerminalInput input = new TerminalInput(terminal);

            assertThat(input.readLine("张强> ")).isEqualTo("您好");
            assertThat(input.readLine("张强> ")).isEqualTo("好，我知道了");
            assertThat(input.readLine("张强> ")).as("end of input: the person hung up").isNull();
            assertThat(input.historySize()).isEqualTo(2);
        }
    }
}
