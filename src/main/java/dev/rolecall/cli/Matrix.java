package dev.rolecall.cli;

import dev.rolecall.project.Endpoint;
import dev.rolecall.project.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The axes of a matrix run: flags first, else the project file, else one value (the bundled card,
 * the endpoint flags). Names of endpoints and variants are the project file's.
 */
final class Matrix {
    private final ProjectFile project;

    /** @param project the project file, or null */
    Matrix(ProjectFile project) {
        this.project = project;
    }

    List<Path> cards(List<Path> flags) {
        if (flags != null && !flags.isEmpty()) {
            return flags;
        }
        return project != null && !project.cards().isEmpty() ? project.cards() : List.of(Home.defaultCard());
    }

    /** The endpoints to run against; a single null means "the endpoint flags". */
    List<Endpoint> endpoints(List<String> flags) {
        List<String> names = flags != null && !flags.isEmpty() ? flags
                : project != null && project.matrix() != null ? project.matrix().endpoints() : List.of();
        List<Endpoint> out = new ArrayList<>();
        for (String name : names) {
            Endpoint e = project == null ? null : project.endpoints().get(name);
            if (e == null) {
                throw new UserError(ExitCodes.BAD_INPUT, "--endpoint " + name + ": no such endpoint in "
                        + (project == null ? "the project file (there is none; see rolecall.example.yaml)"
                        : project.file() + "; use one of " + project.endpoints().keySet()));
            }
            out.add(e);
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    /** The variants a batch matrix runs: matrix.variants, else the one prompt folder given. */
    List<String> variants(Path promptsFallback) {
        List<String> vs = project == null || project.matrix() == null ? List.of() : project.matrix().variants();
        return vs.isEmpty() ? List.of(promptsFallback.toString()) : vs;
    }

    /** Where a call stands in the matrix, written into its transcript: card file, then endpoint and model when named. */
    static Map<String, String> tags(Path card, Endpoint e, String model) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("card", card.getFileName().toString());
        if (e != null) {
            tags.put("endpoint", e.name());
            tags.put("model", model);
        }
        return tags;
    }

    /** The i-th of matrix.variants, or null. */
    String variant(int i) {
        List<String> vs = project == null || project.matrix() == null ? List.of() : project.matrix().variants();
        return i < vs.size() ? vs.get(i) : null;
    }

    /** A variant's prompt folder: a name of the project file's variants, else a folder. */
    Path variantDir(String nameOrDir) {
        if (project != null && project.variants().containsKey(nameOrDir)) {
            return project.variants().get(nameOrDir);
        }
        return Path.of(nameOrDir);
    }
}
