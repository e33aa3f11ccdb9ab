package dev.rolecall.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: where it prints. --help, --version and --debug come from the
 * {@code rolecall} command itself (inherited), so a subcommand declares only its own options.
 */
abstract class Subcommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
