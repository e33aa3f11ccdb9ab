package dev.rolecall.cli;

import dev.rolecall.agent.LineSource;
import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * A person's input through JLine: line editing (arrows, Ctrl-A/E, ...) and the history of this
 * call (up arrow). Ctrl-D hangs up; Ctrl-C, which JLine catches in the terminal's raw mode, stops
 * the call as it stops every other: the call is saved as interrupted.
 */
final class TerminalInput implements LineSource {
    private final LineReader reader;

    TerminalInput(Terminal terminal) {
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("rolecall").build();
    }

    @Override
    public String readLine(String prompt) throws IOException {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException hungUp) {
            return null;
        } catch (UserInterruptException ctrlC) {
            Thread.currentThread().interrupt(); // the orchestrator ends the call as interrupted after this turn
            return null;
        }
    }

    /** Lines typed so far, oldest first. */
    int historySize() {
        return reader.getHistory().size();
    }
}
