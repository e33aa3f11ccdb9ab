package dev.rolecall.cli;

import dev.rolecall.project.Endpoint;
import dev.rolecall.project.ProjectFile;
import dev.rolecall.text.Redact;
import picocli.CommandLine.Command;

/**
 * {@code rolecall config check}: every problem of the project file as {@code file:line: what is
 * wrong; what to do}, exit 2 if any; else a one-line summary. Also says which key variables are
 * unset (by name; a key's value is never read into the output).
 */
@Command(addMethodSubcommands = false, name = "check", description = "Check the project file: each problem as file:line, exit 2 if there is any.")
final class ConfigCheckCommand extends Subcommand {
    private final Project project;
    private final Environment env;

    ConfigCheckCommand(Project project, Environment env) {
        this.project = project;
        this.env = env;
    }

    @Override
    public Integer call() {
        if (project.file() == null) {
            throw new UserError(ExitCodes.BAD_INPUT, "no " + ProjectFile.NAME + " in this folder; copy rolecall.example.yaml"
                    + " to " + ProjectFile.NAME + " or name one with --config FILE");
        }
        if (!project.problems().isEmpty()) {
            project.problems().forEach(p -> err().println(Redact.text(p.toString()))); // a base_url may carry user:password@
            err().println("rolecall: " + project.problems().size() + " problem" + (project.problems().size() == 1 ? "" : "s")
                    + " in " + project.file());
            return ExitCodes.BAD_INPUT;
        }
        ProjectFile p = project.loaded();
        for (Endpoint e : p.endpoints().values()) {
            if (env.get(e.keyEnv()) == null) {
                out().println("note: $" + e.keyEnv() + " (key of endpoint " + e.name() + ") is not set; set it before"
                        + " calling that endpoint, unless it needs no key");
            }
        }
        out().println(project.file() + ": ok (" + p.endpoints().size() + " endpoints, " + p.cards().size() + " cards, "
                + p.variants().size() + " variants" + (p.matrix() == null ? "" : ", compare matrix "
                + Math.max(1, p.cards().size()) + " cards x " + Math.max(1, p.matrix().endpoints().size()) + " endpoints")
                + ")");
        return ExitCodes.OK;
    }
}
