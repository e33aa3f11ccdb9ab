package dev.rolecall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The completion script comes from the same command model as --help, so it knows every command and option. */
class CompletionTest {
    @Test
    void bashScriptCompletesCommandsAndTheirOptions() {
        Cli r = Cli.run("completion", "bash");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("complete -F").contains("run", "batch", "compare", "export", "config")
                .contains("--dedupe", "--prompts-a", "--matrix", "--config");
    }

    @Test
    void anUnknownShellIsOneLineAndExit2() {
        Cli r = Cli.run("completion", "fish");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("rolecall: completion: unknown shell 'fish'; use bash (zsh loads it via bashcompinit)");
    }
}
