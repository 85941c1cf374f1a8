package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed reads of a Tekton object's nested fields; a missing or malformed field reads as absent. */
final class TektonFields {

    private final Object root;

    TektonFields(GenericKubernetesResource resource) {
        this.root = resource.getAdditionalProperties();
    }

    TektonFields(Object node) {
        this.root = node;
    }

    String text(String... path) {
        Object value = at(path);
        return value == null ? null : String.valueOf(value);
    }

    Integer number(String... path) {
        return at(path) instanceof Number n ? n.intValue() : null;
    }

    Instant instant(String... path) {
        String text = text(path);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The list at {@code path}, each element read as fields of its own. */
    List<TektonFields> list(String... path) {
        return at(path) instanceof List<?> list ? list.stream().map(TektonFields::new).toList() : List.of();
    }

    /** The {@code Succeeded} condition, Tekton's one condition on runs; empty fields when there is none. */
    TektonFields succeeded() {
        return list("status", "conditions").stream().filter(c -> "Succeeded".equals(c.text("type"))).findFirst()
                .orElse(new TektonFields(Map.of()));
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
