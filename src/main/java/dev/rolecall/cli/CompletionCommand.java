package dev.rolecall.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rolecall completion bash}: a completion script for every command and option, generated from the same model as --help. */
@Command(addMethodSubcommands = false, name = "completion", description = {"Print a shell completion script. Install: source <(rolecall completion bash)",
        "(zsh: autoload -U bashcompinit && bashcompinit first)."})
final class CompletionCommand extends Subcommand {
    @Parameters(paramLabel = "SHELL", description = "bash (zsh reads it through bashcompinit).")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UserError(ExitCodes.BAD_INPUT, "completion: unknown shell '" + shell + "'; use bash (zsh loads it via bashcompinit)");
        }
        out().print(AutoComplete.bash("rolecall", spec.root().commandLine()));
        out().flush();
        return ExitCodes.OK;
    }
}
