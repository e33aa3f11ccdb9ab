package dev.rolecall.card;

import java.util.List;

/** One numbered step of the caller's script: its title and the quoted example lines under it. */
public record ScriptStep(int number, String title, List<String> lines, int line) {
    public ScriptStep {
        lines = List.copyOf(lines);
    }
}
