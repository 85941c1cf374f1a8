package io.kubemate.tools.redact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for masking YAML values line by line without parsing (tool output is often cut or not YAML at all). */
final class YamlLines {

    static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][+-]?\\d?[+-]?");
    private static final Pattern KEY_LINE = Pattern.compile("^([ \\t]*)(?:-[ \\t]+)?([^\\s:#][^:]*?)[ \\t]*:(?:[ \\t]+(.*?))?[ \\t]*$");

    private YamlLines() {
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }

    /** {@code key: value} on one line: group 1 indent, 2 key, 3 value (may be null). */
    static Matcher keyLine(String line) {
        return KEY_LINE.matcher(line);
    }

    /** The value written back masked, keeping its quotes so the line stays valid YAML. */
    static String masked(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.charAt(0) + Redactor.MASK + value.charAt(0);
        }
        return Redactor.MASK;
    }

    /**
     * Replaces the lines after {@code from} that are indented deeper than {@code parentIndent} (a block scalar or a
     * nested value) with one masked line; returns the index of the first line not consumed.
     */
    static int maskDeeper(List<String> lines, int from, int parentIndent) {
        int end = from;
        int lastContent = from - 1;
        while (end < lines.size() && (isBlank(lines.get(end)) || indent(lines.get(end)) > parentIndent)) {
            if (!isBlank(lines.get(end))) {
                lastContent = end;
            }
            end++;
        }
        if (lastContent < from) {
            return from;
        }
        String first = lines.get(from);
        int childIndent = isBlank(first) ? parentIndent + 2 : indent(first);
        lines.subList(from, lastContent + 1).clear();
        lines.add(from, " ".repeat(childIndent) + Redactor.MASK);
        return from + 1;
    }

    /** The value of a key line without a trailing comment. */
    static String valueOf(String raw) {
        if (raw == null) {
            return "";
        }
        int comment = raw.startsWith("\"") || raw.startsWith("'") ? -1 : raw.indexOf(" #");
        return (comment < 0 ? raw : raw.substring(0, comment)).strip();
    }
}
