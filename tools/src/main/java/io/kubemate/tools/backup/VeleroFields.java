package io.kubemate.tools.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed reads of a custom resource's nested fields; a missing or malformed field reads as absent. */
final class VeleroFields {

    private final Map<String, Object> properties;

    VeleroFields(GenericKubernetesResource resource) {
        this.properties = resource.getAdditionalProperties();
    }

    String text(String... path) {
        Object value = at(path);
        return value == null ? null : String.valueOf(value);
    }

    int number(String... path) {
        return at(path) instanceof Number n ? n.intValue() : 0;
    }

    Instant instant(String... path) {
        String text = text(path);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    List<String> strings(String... path) {
        return at(path) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private Object at(String... path) {
        Object node = properties;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
