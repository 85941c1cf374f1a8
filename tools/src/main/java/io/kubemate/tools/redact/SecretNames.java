package io.kubemate.tools.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a key or variable name names a secret ({@code DB_PASSWORD}, {@code clientSecret},
 * {@code example.com/api-token}, {@code 数据库密码}) or something about one ({@code secretName},
 * {@code password_policy}, {@code DB_PASSWORD_FILE}), and which values are never secrets.
 */
final class SecretNames {

    private final Set<String> strong;
    private final Set<String> weak;
    private final Set<String> keyQualifiers;
    private final Set<String> harmlessTails;
    private final Set<String> harmlessValues;

    SecretNames(Set<String> strong, Set<String> weak, Set<String> keyQualifiers, Set<String> harmlessTails,
                Set<String> harmlessValues) {
        this.strong = Set.copyOf(strong);
        this.weak = Set.copyOf(weak);
        this.keyQualifiers = Set.copyOf(keyQualifiers);
        this.harmlessTails = Set.copyOf(harmlessTails);
        this.harmlessValues = Set.copyOf(harmlessValues);
    }

    boolean isSecret(String name) {
        List<String> parts = parts(name);
        if (parts.isEmpty()) {
            return false;
        }
        String last = parts.getLast();
        if (strong.contains(last) || weak.contains(last) || endsWithStrong(last)) {
            return true;
        }
        if ((last.equals("key") || last.equals("keys")) && parts.size() > 1 && keyQualifiers.contains(parts.get(parts.size() - 2))) {
            return true;
        }
        if (harmlessTails.contains(last)) {
            return false;
        }
        return parts.stream().anyMatch(strong::contains);
    }

    /** Values that are references, placeholders, flags or already masked: never replaced. */
    boolean isHarmlessValue(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("<") || v.startsWith("$") || v.startsWith("{{") || v.startsWith(Redactor.MASK)) {
            return true;
        }
        String unquoted = v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
        return unquoted.isEmpty() || unquoted.startsWith("$") || unquoted.startsWith(Redactor.MASK)
                || harmlessValues.contains(unquoted.toLowerCase(Locale.ROOT)) || harmlessValues.contains(v);
    }

    /** PGPASSWORD, clientsecret, accesstoken: one word that ends in a strong one. */
    private boolean endsWithStrong(String part) {
        for (String word : strong) {
            if (part.length() > word.length() && part.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case parts split at {@code _ - . / :}, spaces and camelCase humps. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '_' || c == '-' || c == '.' || c == '/' || c == ':' || c == ' ' || c == '"' || c == '\'' || c == '\\';
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (separator || hump) {
                flush(parts, part);
            }
            if (!separator) {
                part.append(Character.toLowerCase(c));
            }
        }
        flush(parts, part);
        return parts;
    }

    private static void flush(List<String> parts, StringBuilder part) {
        if (!part.isEmpty()) {
            parts.add(part.toString());
            part.setLength(0);
        }
    }
}
