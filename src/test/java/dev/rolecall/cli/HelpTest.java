package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help screens are the reference users read first: every option of every command says what it does. */
class HelpTest {
    @Test
    void everyOptionHasADescription() {
        CommandLine root = Main.commandLine(new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()));
        List<String> missing = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(root.getSubcommands().values());
        all.add(root);
        for (CommandLine cmd : all) {
            for (CommandLine.Model.OptionSpec o : cmd.getCommandSpec().options()) {
                if (o.description().length == 0 || String.join("", o.description()).isBlank()) {
                    missing.add(cmd.getCommandName() + " " + o.longestName());
                }
            }
        }
        assertThat(missing).as("options without a description").isEmpty();
    }

    @Test
    void subcommandNamesAreTheAnnotations() {
        List<String> names = Main.SUBCOMMANDS.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        assertThat(Main.SUBCOMMAND_NAMES).isEqualTo(names);
    }
}
