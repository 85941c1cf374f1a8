package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a custom resource's nested fields (Tekton runs, Velero backups…) read as generic objects; a missing
 * or malformed field reads as absent.
 */
public final class NestedFields {

    private final Object root;

    public NestedFields(GenericKubernetesResource resource) {
        this.root = resource.getAdditionalProperties();
    }

    private NestedFields(Object node) {
        this.root = node;
    }

    public String text(String... path) {
        Object value = at(path);
        return value == null ? null : String.valueOf(value);
    }

    /** A whole number, or null when absent. */
    public Integer number(String... path) {
        return at(path) instanceof Number n ? n.intValue() : null;
    }

    /** A count, 0 when absent (Velero leaves {@code errors} out when there are none). */
    public int count(String... path) {
        Integer number = number(path);
        return number == null ? 0 : number;
    }

    public Instant instant(String... path) {
        String text = text(path);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The list at {@code path}, each element read as fields of its own. */
    public List<NestedFields> list(String... path) {
        return at(path) instanceof List<?> list ? list.stream().map(NestedFields::new).toList() : List.of();
    }

    public List<String> strings(String... path) {
        return at(path) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The {@code status.conditions} entry of {@code type}; empty fields when there is none. */
    public NestedFields condition(String type) {
        return list("status", "conditions").stream().filter(c -> type.equals(c.text("type"))).findFirst()
                .orElse(new NestedFields(Map.of()));
    }

    private Object at(String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
