package dev.rolecall.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file into {@link YNode}s with jackson's streaming parser, which knows the line of each
 * token (a parsed tree would forget it). Duplicate keys are an error: the second would silently win.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {}

    static YNode read(Path file, List<ProjectFile.Problem> problems) throws IOException {
        try (JsonParser p = YAML.createParser(file.toFile())) {
            if (p.nextToken() == null) {
                return new YNode(Map.of(), 1);
            }
            return node(file, p, problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new ProjectFile.Problem(file, line, "not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); check the indentation and quoting of this line"));
            return null;
        }
    }

    private static YNode node(Path file, JsonParser p, List<ProjectFile.Problem> problems) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YNode> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                YNode value = node(file, p, problems);
                if (map.containsKey(key)) {
                    problems.add(new ProjectFile.Problem(file, keyLine, "'" + key + "' is set twice (first on line "
                            + map.get(key).line() + "); keep one"));
                }
                map.put(key, new YNode(value.value(), keyLine));
            }
            return new YNode(map, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(node(file, p, problems));
            }
            return new YNode(list, line);
        }
        return new YNode(switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> p.getText();
        }, line);
    }
}
