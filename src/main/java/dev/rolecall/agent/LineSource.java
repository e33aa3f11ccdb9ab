package dev.rolecall.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Where a person's lines come from: a prompt shown, one line read, null when the input is closed (hung up). */
@FunctionalInterface
public interface LineSource {
    String readLine(String prompt) throws IOException;

    /** Plain input (a pipe, a file, a terminal without JLine): the prompt printed, no editing, no history. */
    static LineSource of(BufferedReader in, PrintWriter out) {
        return prompt -> {
            out.print(prompt);
            out.flush();
            return in.readLine();
        };
    }
}
