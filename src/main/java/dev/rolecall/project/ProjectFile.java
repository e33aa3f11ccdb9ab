package dev.rolecall.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rolecall.yaml}: the settings a project would otherwise repeat on every command line. Flags
 * override it, and so do the environment variables an option reads. Relative paths in it are
 * relative to the file's own folder. See rolecall.example.yaml for every key.
 *
 * @param output          folder for compare's transcripts (compare --out-dir), or null
 * @param endpoints       named endpoints, in file order
 * @param defaultEndpoint the endpoint run, batch and compare use when no --base-url is given, or null
 * @param cards           the project's cards: the first is the default card, all of them are the matrix's cards
 * @param prompts         the default prompt folder, or null
 * @param variants        named prompt folders, in file order
 * @param personas        whether batch varies the callee persona by default, or null
 * @param matrix          the endpoints and variants compare runs every card against, or null
 */
public record ProjectFile(Path file, Path output, Map<String, Endpoint> endpoints, String defaultEndpoint, List<Path> cards,
                          Path prompts, Map<String, Path> variants, Boolean personas, Matrix matrix) {

    public static final String NAME = "rolecall.yaml";

    /** The matrix: compare runs variant {@code variants[0]} against {@code variants[1]} for every card × endpoint. */
    public record Matrix(List<String> endpoints, List<String> variants) {}

    /** One thing wrong with the file, printed as {@code file:line: what is wrong; what to do}. */
    public record Problem(Path file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** A project file with problems; the message is the first, the rest are in {@link #problems()}. */
    public static final class Invalid extends IllegalArgumentException {
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more problems: rolecall config check lists them)" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public Endpoint endpoint() {
        return defaultEndpoint == null ? null : endpoints.get(defaultEndpoint);
    }

    /** Reads and checks a project file; throws {@link Invalid} listing every problem found. */
    public static ProjectFile load(Path file) {
        List<Problem> problems = new ArrayList<>();
        ProjectFile project = null;
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, 1, "no such file; create it (see rolecall.example.yaml) or drop --config"));
        } else {
            try {
                YNode root = YamlTree.read(file, problems);
                project = root == null ? null : new ProjectReader(file, problems).read(root);
            } catch (IOException e) {
                problems.add(new Problem(file, 1, "cannot read (" + e.getMessage() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line)); // in file order, as an editor shows them
            throw new Invalid(problems);
        }
        return project;
    }
}
