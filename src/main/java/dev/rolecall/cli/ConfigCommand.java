package dev.rolecall.cli;

import picocli.CommandLine.Command;

/** {@code rolecall config}: the project file (rolecall.yaml). */
@Command(addMethodSubcommands = false, name = "config", description = "Work with the project file (rolecall.yaml, or --config FILE).",
        subcommands = ConfigCheckCommand.class)
final class ConfigCommand extends Subcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.BAD_INPUT;
    }
}
