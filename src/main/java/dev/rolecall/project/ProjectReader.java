package dev.rolecall.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the YAML of a project file into a {@link ProjectFile}, collecting a line-numbered problem for each mistake. */
final class ProjectReader {
    private static final List<String> TOP = List.of("output", "endpoints", "default_endpoint", "cards", "prompts", "variants",
            "personas", "matrix");
    private static final List<String> ENDPOINT = List.of("base_url", "key_env", "model", "rpm", "tpm", "price_in", "price_out");
    /** Keys a user might put a secret under: refused without echoing the value. */
    private static final Set<String> SECRET = Set.of("key", "api_key", "apikey", "api-key", "token", "secret", "password");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path file;
    private final Path dir;
    private final List<ProjectFile.Problem> problems;

    ProjectReader(Path file, List<ProjectFile.Problem> problems) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.dir = parent == null ? Path.of(".") : parent;
        this.problems = problems;
    }

    ProjectFile read(YNode root) {
        Map<String, YNode> top = map(root, "the file");
        if (top == null) {
            return null;
        }
        keys(top, TOP, "");
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Map<String, YNode> eps = top.containsKey("endpoints") ? map(top.get("endpoints"), "endpoints") : Map.of();
        if (eps != null) {
            eps.forEach((name, node) -> {
                Endpoint e = endpoint(name, node);
                if (e != null) {
                    endpoints.put(name, e);
                }
            });
        }
        String defaultEndpoint = text(top.get("default_endpoint"), "default_endpoint");
        if (defaultEndpoint != null && !endpoints.containsKey(defaultEndpoint) && eps != null && !eps.containsKey(defaultEndpoint)) {
            problem(top.get("default_endpoint"), "default_endpoint names no endpoint ('" + defaultEndpoint + "'); use one of "
                    + eps.keySet());
        }
        List<Path> cards = new ArrayList<>();
        YNode cardsNode = top.get("cards");
        if (cardsNode != null) {
            List<YNode> list = cardsNode.list() != null ? cardsNode.list() : List.of(cardsNode);
            for (YNode c : list) {
                Path p = path(c, "cards", false);
                if (p != null) {
                    cards.add(p);
                }
            }
        }
        Map<String, Path> variants = new LinkedHashMap<>();
        Map<String, YNode> vs = top.containsKey("variants") ? map(top.get("variants"), "variants") : Map.of();
        if (vs != null) {
            vs.forEach((name, node) -> {
                Path p = path(node, "variants." + name, true);
                if (p != null) {
                    variants.put(name, p);
                }
            });
        }
        Boolean personas = null;
        if (top.get("personas") != null) {
            if (top.get("personas").value() instanceof Boolean b) {
                personas = b;
            } else {
                problem(top.get("personas"), "personas must be true or false, got " + top.get("personas").shown());
            }
        }
        ProjectFile.Matrix matrix = top.containsKey("matrix") ? matrix(top.get("matrix"), eps, vs) : null;
        Path output = top.get("output") == null ? null : resolve(text(top.get("output"), "output"));
        Path prompts = top.get("prompts") == null ? null : path(top.get("prompts"), "prompts", true);
        return new ProjectFile(file, output, endpoints, defaultEndpoint, List.copyOf(cards), prompts, variants, personas, matrix);
    }

    private Endpoint endpoint(String name, YNode node) {
        Map<String, YNode> e = map(node, "endpoints." + name);
        if (e == null) {
            return null;
        }
        for (String key : e.keySet()) {
            if (SECRET.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                // never echo the value: it may be a live key
                problem(e.get(key), "endpoints." + name + "." + key + ": a key is never written in the project file; delete"
                        + " this line, put the key in an environment variable and name that variable with key_env");
            }
        }
        keys(e, ENDPOINT, "endpoints." + name + ".");
        String url = text(e.get("base_url"), "endpoints." + name + ".base_url");
        if (url == null) {
            problem(node, "endpoints." + name + " has no base_url; add e.g. base_url: https://api.openai.com/v1");
        } else if (!url.matches("https?://\\S+")) {
            problem(e.get("base_url"), "endpoints." + name + ".base_url must start with http:// or https://, got '" + url + "'");
        }
        String model = text(e.get("model"), "endpoints." + name + ".model");
        if (model == null) {
            problem(node, "endpoints." + name + " has no model; add e.g. model: gpt-4o-mini");
        }
        String keyEnv = text(e.get("key_env"), "endpoints." + name + ".key_env");
        if (keyEnv != null && !VARIABLE.matcher(keyEnv).matches()) {
            // a value that is not a variable name is most likely the key itself: say so without printing it
            problem(e.get("key_env"), "endpoints." + name + ".key_env must be the NAME of an environment variable"
                    + " (e.g. OPENAI_API_KEY), not the key; put the key in that variable");
        }
        return new Endpoint(name, url, keyEnv == null ? "OPENAI_API_KEY" : keyEnv, model,
                number(e.get("rpm"), name, "rpm"), number(e.get("tpm"), name, "tpm"),
                number(e.get("price_in"), name, "price_in"), number(e.get("price_out"), name, "price_out"));
    }

    private ProjectFile.Matrix matrix(YNode node, Map<String, YNode> eps, Map<String, YNode> vs) {
        Map<String, YNode> m = map(node, "matrix");
        if (m == null) {
            return null;
        }
        keys(m, List.of("endpoints", "variants"), "matrix.");
        List<String> endpoints = names(m.get("endpoints"), "matrix.endpoints", eps == null ? Map.of() : eps, "endpoints");
        List<String> variants = names(m.get("variants"), "matrix.variants", vs == null ? Map.of() : vs, "variants");
        if (m.get("variants") != null && variants.size() != 2) {
            problem(m.get("variants"), "matrix.variants lists " + variants.size() + " variants; compare needs two: [A, B]");
        }
        return new ProjectFile.Matrix(endpoints, variants);
    }

    private List<String> names(YNode node, String what, Map<String, YNode> known, String section) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.list() == null) {
            problem(node, what + " must be a list, e.g. [a, b]; got " + node.shown());
            return out;
        }
        for (YNode n : node.list()) {
            String name = text(n, what);
            if (name != null && !known.containsKey(name)) {
                problem(n, what + " names '" + name + "', which is not under " + section + "; use one of " + known.keySet());
            } else if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private Double number(YNode node, String endpoint, String key) {
        if (node == null) {
            return null;
        }
        if (node.value() instanceof Number n && n.doubleValue() >= 0) {
            return n.doubleValue();
        }
        problem(node, "endpoints." + endpoint + "." + key + " must be a number of at least 0, got " + node.shown());
        return null;
    }

    private Path path(YNode node, String what, boolean folder) {
        String s = text(node, what);
        if (s == null) {
            return null;
        }
        Path p = resolve(s);
        if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
            problem(node, what + ": no " + (folder ? "folder " : "file ") + p + "; paths are relative to " + dir);
            return null;
        }
        return p;
    }

    private Path resolve(String s) {
        return s == null ? null : dir.resolve(s).normalize();
    }

    private String text(YNode node, String what) {
        if (node == null) {
            return null;
        }
        if (node.value() instanceof String || node.value() instanceof Number) {
            return node.value().toString();
        }
        problem(node, what + " must be a single value, got " + node.shown());
        return null;
    }

    private Map<String, YNode> map(YNode node, String what) {
        if (node.map() == null) {
            problem(node, what + " must be a mapping of 'key: value' lines, got " + node.shown());
        }
        return node.map();
    }

    private void keys(Map<String, YNode> m, List<String> known, String prefix) {
        m.forEach((key, node) -> {
            if (!known.contains(key) && !SECRET.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                problem(node, "unknown key '" + prefix + key + "'; known keys here: " + String.join(", ", known));
            }
        });
    }

    private void problem(YNode node, String message) {
        problems.add(new ProjectFile.Problem(file, node == null ? 1 : node.line(), message));
    }
}
