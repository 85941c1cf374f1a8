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

    /** {@code 15m}, {@code 1h30m}, {@code 90s}, {@code 2d} (or ISO-8601 {@code PT15M}); null when absent. */
    public java.time.Duration duration(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        String text = value.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (text.startsWith("pt") || text.startsWith("p")) {
            try {
                return java.time.Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be a duration like 15m or 1h, got '" + value + "'");
            }
        }
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(text);
        java.time.Duration total = java.time.Duration.ZERO;
        int end = 0;
        while (part.lookingAt()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                case "h" -> java.time.Duration.ofHours(n);
                default -> java.time.Duration.ofDays(n);
            });
            end = part.end();
            part.region(end, text.length());
        }
        if (end == 0 || end != text.length()) {
            throw new IllegalArgumentException(name + " must be a duration like 15m or 1h, got '" + value + "'");
        }
        return total;
    }

    public boolean flag(String name) {
        Object value = values.get(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
