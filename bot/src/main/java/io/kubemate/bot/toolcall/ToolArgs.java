package io.kubemate.bot.toolcall;

import java.util.LinkedHashMap;
import java.util.Map;

/** The validated arguments of one tool call, with the design's argument names. */
public record ToolArgs(Map<String, Object> values) {

    public ToolArgs {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ToolArgs of(Map<String, Object> values) {
        return new ToolArgs(values);
    }

    public String string(String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public Integer integer(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    public boolean flag(String name) {
        Object value = values.get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
