package dev.rolecall.project;

import java.util.List;
import java.util.Map;

/**
 * One YAML value with the line it starts on, so every check of the project file can name file:line.
 *
 * @param value a {@code Map<String, YNode>}, {@code List<YNode>}, String, Number, Boolean, or null
 */
record YNode(Object value, int line) {
    @SuppressWarnings("unchecked")
    Map<String, YNode> map() {
        return value instanceof Map<?, ?> m ? (Map<String, YNode>) m : null;
    }

    @SuppressWarnings("unchecked")
    List<YNode> list() {
        return value instanceof List<?> l ? (List<YNode>) l : null;
    }

    /** What the user wrote, for error messages (never used for a value that may be a secret). */
    String shown() {
        return value instanceof Map ? "a mapping" : value instanceof List ? "a list" : value == null ? "nothing" : "'" + value + "'";
    }
}
