package io.kubemate.tools.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the value of a name/value pair whose name looks secret, wherever the two are written: a YAML list item
 * ({@code - name: DB_PASSWORD} with {@code value: …} on a later line, in either order, block scalars included) or a
 * JSON object ({@code {"name": "X", "value": "y"}}, over several lines or escaped inside another JSON string).
 * {@code valueFrom} references are left alone.
 */
final class EnvPairs {

    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)-[ \\t]+\\S.*$");
    private static final String PLAIN_VALUE = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final String ESCAPED_VALUE = "\\\\\"((?:(?!\\\\\")[^\\n])*)\\\\\"";
    private static final List<Pattern> JSON_NAME_FIRST = List.of(
            Pattern.compile("\"name\"\\s*:\\s*\"([^\"\\\\]{1,256})\"\\s*,\\s*\"value\"\\s*:\\s*" + PLAIN_VALUE),
            Pattern.compile("\\\\\"name\\\\\"\\s*:\\s*\\\\\"([^\"\\\\]{1,256})\\\\\"\\s*,\\s*\\\\\"value\\\\\"\\s*:\\s*" + ESCAPED_VALUE));
    private static final List<Pattern> JSON_VALUE_FIRST = List.of(
            Pattern.compile("\"value\"\\s*:\\s*" + PLAIN_VALUE + "\\s*,\\s*\"name\"\\s*:\\s*\"([^\"\\\\]{1,256})\""),
            Pattern.compile("\\\\\"value\\\\\"\\s*:\\s*" + ESCAPED_VALUE + "\\s*,\\s*\\\\\"name\\\\\"\\s*:\\s*\\\\\"([^\"\\\\]{1,256})\\\\\""));

    private final SecretNames names;

    EnvPairs(SecretNames names) {
        this.names = names;
    }

    String mask(String text) {
        String out = text.contains("value:") ? yaml(text) : text;
        if (out.contains("value\"") || out.contains("value\\\"")) {
            for (Pattern pattern : JSON_NAME_FIRST) {
                out = json(out, pattern, 1, 2);
            }
            for (Pattern pattern : JSON_VALUE_FIRST) {
                out = json(out, pattern, 2, 1);
            }
        }
        return out;
    }

    private String json(String text, Pattern pattern, int nameGroup, int valueGroup) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String value = m.group(valueGroup);
            if (names.isSecret(m.group(nameGroup)) && !names.isHarmlessValue(value)) {
                out.append(text, last, m.start(valueGroup)).append(Redactor.MASK);
                last = m.end(valueGroup);
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private String yaml(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher item = ITEM.matcher(lines.get(i));
            if (item.matches()) {
                changed |= maskItem(lines, i, item.group(1).length());
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** One list item: its keys sit at the dash's column + 2; finds name and value among them. */
    private boolean maskItem(List<String> lines, int start, int dashColumn) {
        int keyColumn = dashColumn + 2;
        int valueLine = -1;
        String name = null;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > start && !YamlLines.isBlank(line) && YamlLines.indent(line) <= dashColumn) {
                break;
            }
            if (i > start && YamlLines.indent(line) != keyColumn) {
                continue;
            }
            Matcher key = YamlLines.keyLine(i == start ? " ".repeat(keyColumn) + line.substring(keyColumn) : line);
            if (!key.matches()) {
                continue;
            }
            if (key.group(2).equals("name")) {
                name = unquote(YamlLines.valueOf(key.group(3)));
            } else if (key.group(2).equals("value")) {
                valueLine = i;
            }
        }
        if (name == null || valueLine < 0 || !names.isSecret(name)) {
            return false;
        }
        String line = lines.get(valueLine);
        int colon = line.indexOf("value:") + "value".length();
        String value = YamlLines.valueOf(line.substring(colon + 1));
        if (YamlLines.BLOCK_SCALAR.matcher(value).matches()) {
            return YamlLines.maskDeeper(lines, valueLine + 1, keyColumn) > valueLine + 1;
        }
        if (names.isHarmlessValue(value)) {
            return false;
        }
        lines.set(valueLine, line.substring(0, colon + 1) + " " + YamlLines.masked(value));
        return true;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }
}
