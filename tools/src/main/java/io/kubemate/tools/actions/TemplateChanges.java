package io.kubemate.tools.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubemate.tools.redact.Redactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every field that differs between two pod templates, named by path ({@code containers[api].env[TIMEOUT]: 30x → 30s}),
 * and the unified diff of their YAML: what a person must see before confirming a rollback, not only the image.
 */
final class TemplateChanges {

    /** What a secret env value is shown as: masked, with a short digest so that a change still shows. */
    static final String MASK = "**** (sha256:%s)";

    /** How many changed fields the one-line summary names before "and N more". */
    static final int SUMMARY_FIELDS = 6;
    private static final int CONTEXT_LINES = 2;
    private static final int MAX_VALUE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateChanges() {
    }

    /**
     * The template with every env value the redactor would mask replaced by {@link #MASK}: a rollback diff shows that
     * DB_PASSWORD changed, never what it was or becomes. Values are judged in the form the redactor knows (an env list
     * entry), since a path or a diff line would hide the name from it.
     */
    static PodTemplateSpec masked(PodTemplateSpec template, Redactor redactor) {
        PodTemplateSpec copy = Serialization.clone(template);
        if (copy.getSpec() == null) {
            return copy;
        }
        Stream.concat(copy.getSpec().getContainers().stream(),
                        copy.getSpec().getInitContainers() == null ? Stream.empty() : copy.getSpec().getInitContainers().stream())
                .filter(c -> c.getEnv() != null)
                .flatMap(c -> c.getEnv().stream())
                .filter(env -> env.getValue() != null && !env.getValue().isEmpty())
                .forEach(env -> {
                    String entry = "env:\n- name: " + env.getName() + "\n  value: \"" + env.getValue().replace("\"", "\\\"") + "\"";
                    if (!redactor.redact(entry).equals(entry)) {
                        env.setValue(MASK.formatted(digest(env.getValue())));
                    }
                });
        return copy;
    }

    /** {@code path: before → after} for each leaf that differs; entries of named lists are keyed by their name. */
    static List<String> fields(PodTemplateSpec before, PodTemplateSpec after) {
        Map<String, String> a = flat(before);
        Map<String, String> b = flat(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            String was = a.get(path);
            String now = b.get(path);
            if (!Objects.equals(was, now)) {
                changes.add(path + ": " + (was == null ? "(none)" : shorten(was)) + " → " + (now == null ? "(none)" : shorten(now)));
            }
        }
        return changes;
    }

    /** The changed fields in one line: the first few, then how many more. */
    static String summary(List<String> fields) {
        if (fields.size() <= SUMMARY_FIELDS) {
            return String.join("; ", fields);
        }
        return String.join("; ", fields.subList(0, SUMMARY_FIELDS)) + "; and " + (fields.size() - SUMMARY_FIELDS) + " more";
    }

    /** The unified diff of the two templates as YAML, labelled with what each side is. */
    static String unified(PodTemplateSpec before, PodTemplateSpec after, String beforeName, String afterName) {
        List<String> a = Serialization.asYaml(before).lines().toList();
        List<String> b = Serialization.asYaml(after).lines().toList();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, a, DiffUtils.diff(a, b), CONTEXT_LINES));
    }

    private static Map<String, String> flat(PodTemplateSpec template) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", JSON.valueToTree(template), out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = item.isObject() && item.hasNonNull("name") ? item.get("name").asText() : String.valueOf(i);
                flatten(path + "[" + key + "]", item, out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }

    /** The first 8 hex digits of the value's SHA-256: enough to see two values differ, useless to recover one. */
    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String shorten(String value) {
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    }
}
