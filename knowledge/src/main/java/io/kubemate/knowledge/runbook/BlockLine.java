package io.kubemate.knowledge.runbook;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line inside a {@code tool} or {@code action} block: {@code name key=value key="quoted value"}.
 * Values may hold {@code ${variable}} placeholders; anything that merely looks like a variable
 * ({@code $ns}, {@code {{ns}}}, an unclosed {@code ${}) is refused so that a guided run never sends it verbatim.
 */
record BlockLine(String tool, Map<String, String> args, Set<String> variables) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");
    private static final Pattern DOLLAR = Pattern.compile("\\$(?!\\{[a-z][a-z0-9_]*})");

    static BlockLine parse(String line) {
        Tokens tokens = new Tokens(line.strip());
        String tool = tokens.next();
        if (tool == null || !NAME.matcher(tool).matches()) {
            throw new IllegalArgumentException("a block must start with a tool name, got '" + line.strip() + "'");
        }
        Map<String, String> args = new LinkedHashMap<>();
        Set<String> variables = new LinkedHashSet<>();
        for (String token = tokens.next(); token != null; token = tokens.next()) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + token + "'");
            }
            String key = token.substring(0, eq);
            String value = unquote(token.substring(eq + 1));
            if (!NAME.matcher(key).matches()) {
                throw new IllegalArgumentException("argument name '" + key + "' must be lower_snake_case");
            }
            if (args.put(key, value) != null) {
                throw new IllegalArgumentException("argument '" + key + "' is given twice");
            }
            checkVariables(key, value, variables);
        }
        return new BlockLine(tool, args, variables);
    }

    private static void checkVariables(String key, String value, Set<String> variables) {
        if (DOLLAR.matcher(value).find()) {
            throw new IllegalArgumentException("argument '" + key + "' has a malformed variable in '" + value
                    + "'; write ${name} in lower_snake_case");
        }
        if (value.contains("{{") || value.contains("}}")) {
            throw new IllegalArgumentException("argument '" + key + "' uses {{…}}; write ${name} instead");
        }
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            variables.add(m.group(1));
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Splits on spaces outside quotes: "…" with backslash escapes, or '…' taken literally (PromQL, LogQL). */
    private static final class Tokens {
        private final String text;
        private int at;

        Tokens(String text) {
            this.text = text;
        }

        String next() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                return null;
            }
            int start = at;
            char quote = 0;
            while (at < text.length() && (quote != 0 || !Character.isWhitespace(text.charAt(at)))) {
                char c = text.charAt(at);
                if (c == '\\' && quote == '"' && at + 1 < text.length()) {
                    at++;
                } else if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                }
                at++;
            }
            if (quote != 0) {
                throw new IllegalArgumentException("unclosed quote in '" + text.substring(start) + "'");
            }
            return text.substring(start, at);
        }
    }
}
