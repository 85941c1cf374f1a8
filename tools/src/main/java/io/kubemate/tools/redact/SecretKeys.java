package io.kubemate.tools.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the value after a key that looks secret, however it is written: {@code password=x} in a log line,
 * {@code DB_PASSWORD:  x} in describe output (the rest of the line), {@code "api_key": "x"} in JSON (quotes kept),
 * {@code \"token\":\"x\"} inside a JSON string, {@code 数据库口令：x}, and a YAML block scalar ({@code key: |}) whole.
 */
final class SecretKeys {

    private static final Pattern WORD = Pattern.compile(
            "(?i)password|passwd|passphrase|secret|token|credential|apikey|privatekey|pass|pwd|key|密码|口令|密钥|秘钥|令牌");
    private static final Pattern BYTES = Pattern.compile("\\d+ bytes\\b.*");

    private final SecretNames names;

    SecretKeys(SecretNames names) {
        this.names = names;
    }

    String mask(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        boolean blocks = false;
        while (from < text.length() && word.find(from)) {
            Hit hit = hit(text, word.start(), word.end());
            if (hit == null) {
                from = word.end();
                continue;
            }
            if (hit.block()) {
                blocks = true;
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, hit.valueStart()).append(hit.replacement());
                copied = hit.valueEnd();
            }
            from = Math.max(hit.valueEnd(), word.end());
        }
        String masked = out == null ? text : out.append(text, copied, text.length()).toString();
        return blocks ? maskBlockScalars(masked) : masked;
    }

    /** A value to mask after the word at {@code [start, end)}, or null. */
    private Hit hit(String text, int start, int end) {
        int keyStart = start;
        while (keyStart > 0 && isKeyChar(text.charAt(keyStart - 1))) {
            keyStart--;
        }
        int keyEnd = end;
        while (keyEnd < text.length() && isKeyChar(text.charAt(keyEnd))) {
            keyEnd++;
        }
        if (!names.isSecret(text.substring(keyStart, keyEnd))) {
            return null;
        }
        int p = keyEnd;
        if (text.startsWith("\\\"", p)) {
            p += 2;
        } else if (p < text.length() && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
            p++;
        }
        int beforeSeparator = p;
        p = skipBlanks(text, p);
        boolean spaceBeforeSeparator = p > beforeSeparator;
        if (p >= text.length() || ":=：".indexOf(text.charAt(p)) < 0 || text.startsWith("://", p)) {
            return null;
        }
        char separator = text.charAt(p);
        p++;
        if (separator == ':' && p < text.length() && text.charAt(p) == '=') {
            p++;
        }
        p = skipBlanks(text, p);
        if (p >= text.length()) {
            return null;
        }
        boolean lineStart = isLineStart(text, keyStart) && separator != '=';
        return value(text, p, lineStart, spaceBeforeSeparator);
    }

    private Hit value(String text, int p, boolean lineStart, boolean spaceBeforeSeparator) {
        char c = text.charAt(p);
        int end;
        String replacement;
        if (text.startsWith("\\\"", p)) {
            end = text.indexOf("\\\"", p + 2);
            if (end < 0) {
                return null;
            }
            end += 2;
            replacement = "\\\"" + Redactor.MASK + "\\\"";
        } else if (c == '"' || c == '\'') {
            end = closingQuote(text, p, c);
            if (end < 0) {
                return null;
            }
            replacement = c + Redactor.MASK + c;
        } else if (lineStart) {
            int eol = text.indexOf('\n', p);
            String rest = YamlLines.valueOf(text.substring(p, eol < 0 ? text.length() : eol));
            if (YamlLines.BLOCK_SCALAR.matcher(rest).matches()) {
                return new Hit(p, p + rest.length(), null, true);
            }
            end = p + rest.length();
            replacement = Redactor.MASK;
        } else {
            if (spaceBeforeSeparator) {
                return null;
            }
            end = p;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;&\"'<>{}[]()\\".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            replacement = Redactor.MASK;
        }
        String value = text.substring(p, end);
        if (end <= p || names.isHarmlessValue(value) || BYTES.matcher(text.substring(p, Math.min(text.length(), p + 40))).lookingAt()) {
            return null;
        }
        return new Hit(p, end, replacement, false);
    }

    /** Masks every {@code key: |} block scalar whose key looks secret, line by line. */
    private String maskBlockScalars(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            Matcher key = YamlLines.keyLine(lines.get(i));
            if (key.matches() && names.isSecret(key.group(2).replace("\"", "").replace("'", ""))
                    && YamlLines.BLOCK_SCALAR.matcher(YamlLines.valueOf(key.group(3))).matches()) {
                YamlLines.maskDeeper(lines, i + 1, YamlLines.indent(lines.get(i)));
            }
        }
        return String.join("\n", lines);
    }

    private static int closingQuote(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Only blanks, a list dash or an opening quote between the start of the line and the key. */
    private static boolean isLineStart(String text, int keyStart) {
        int i = keyStart - 1;
        while (i >= 0 && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '-' && c != '"' && c != '\'') {
                return false;
            }
            i--;
        }
        return true;
    }

    private static int skipBlanks(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/';
    }

    private record Hit(int valueStart, int valueEnd, String replacement, boolean block) {
    }
}
