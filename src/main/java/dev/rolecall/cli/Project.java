package dev.rolecall.cli;

import dev.rolecall.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project file of this command line, found before picocli parses it (its values are option
 * defaults, which picocli asks for while parsing): {@code --config FILE}, else rolecall.yaml in the
 * working directory when there is one.
 *
 * @param file     the file read, or null when there is none
 * @param loaded   its settings, or null when there is none or it has problems
 * @param problems what is wrong with it (empty when it is fine)
 */
record Project(Path file, ProjectFile loaded, List<ProjectFile.Problem> problems) {
    static final Project NONE = new Project(null, null, List.of());

    /** @param workDir where to look for rolecall.yaml, or null to look nowhere (tests) */
    static Project find(String[] args, Path workDir) {
        Path file = configArg(args);
        if (file == null && workDir != null && Files.isRegularFile(workDir.resolve(ProjectFile.NAME))) {
            file = workDir.resolve(ProjectFile.NAME);
        }
        if (file == null) {
            return NONE;
        }
        try {
            return new Project(file, ProjectFile.load(file), List.of());
        } catch (ProjectFile.Invalid e) {
            return new Project(file, null, e.problems());
        }
    }

    private static Path configArg(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }
}
