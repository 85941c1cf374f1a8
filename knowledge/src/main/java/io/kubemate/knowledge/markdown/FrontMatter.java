package io.kubemate.knowledge.markdown;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of a Markdown document ({@code ---} … {@code ---} at the very top) and the body after
 * it. {@code bodyLine} is the 1-based line of the body's first line in the original text.
 */
public record FrontMatter(Map<String, Object> values, String body, int bodyLine) {

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Splits {@code text}; a document without front matter has empty values and its whole text as body. */
    public static FrontMatter split(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = normalized.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new FrontMatter(Map.of(), normalized, 1);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                String yaml = String.join("\n", lines.subList(1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new FrontMatter(load(yaml), body, i + 2);
            }
        }
        throw new FrontMatterException(1, "front matter opened with --- is never closed");
    }

    private static Map<String, Object> load(String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new FrontMatterException(2, "front matter must be a YAML mapping");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            return values;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
            throw new FrontMatterException(line, "invalid YAML in front matter: " + e.getProblem());
        }
    }

    public String string(String key) {
        Object value = values.get(key);
        return value == null ? null : String.valueOf(value).strip();
    }

    /** A list value; a single scalar counts as a one-element list. */
    public List<String> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of(String.valueOf(value).strip());
    }

    /** Typed failure with the 1-based line in the document. */
    public static final class FrontMatterException extends RuntimeException {
        private final int line;

        public FrontMatterException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
