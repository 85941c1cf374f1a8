package io.kubemate.tools.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every value of a Secret's {@code data} and of any {@code stringData}, in YAML and in JSON (also JSON held
 * in a string, as in the {@code last-applied-configuration} annotation). {@code data} is masked only when the text
 * is about a Secret, so a ConfigMap's settings stay readable.
 */
final class SecretDataBlocks {

    private static final Pattern SECRET_KIND = Pattern.compile("\\bkind\\\\?\"?\\s*:\\s*\\\\?\"?Secret\\b");
    private static final Pattern YAML_BLOCK = Pattern.compile("^([ \\t]*(?:-[ \\t]+)?)(data|stringData):[ \\t]*$");
    private static final Pattern JSON_BLOCK = Pattern.compile("(\\\\?\")(data|stringData)\\1\\s*:\\s*\\{([^{}]*)}");
    private static final Pattern JSON_VALUE = Pattern.compile("(:\\s*\\\\?\")([^\"\\\\]+)(\\\\?\")");

    private SecretDataBlocks() {
    }

    static String mask(String text) {
        boolean secret = SECRET_KIND.matcher(text).find();
        if (!secret && !text.contains("stringData")) {
            return text;
        }
        return json(yaml(text, secret), secret);
    }

    private static String yaml(String text, boolean secret) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher block = YAML_BLOCK.matcher(lines.get(i));
            if (block.matches() && (secret || block.group(2).equals("stringData"))) {
                changed |= maskChildren(lines, i + 1, block.group(1).length());
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static boolean maskChildren(List<String> lines, int from, int parentColumn) {
        boolean changed = false;
        int i = from;
        while (i < lines.size() && (YamlLines.isBlank(lines.get(i)) || YamlLines.indent(lines.get(i)) > parentColumn)) {
            String line = lines.get(i);
            Matcher child = YamlLines.keyLine(line);
            if (YamlLines.isBlank(line) || !child.matches()) {
                i++;
                continue;
            }
            String value = YamlLines.valueOf(child.group(3));
            int childIndent = YamlLines.indent(line);
            if (YamlLines.BLOCK_SCALAR.matcher(value).matches() || value.isEmpty()) {
                int next = YamlLines.maskDeeper(lines, i + 1, childIndent);
                changed |= next > i + 1;
                i = Math.max(next, i + 1);
                continue;
            }
            if (!value.startsWith(Redactor.MASK) && !value.equals("\"" + Redactor.MASK + "\"")) {
                int colon = line.indexOf(':', child.end(2));
                lines.set(i, line.substring(0, colon + 1) + " " + YamlLines.masked(value));
                changed = true;
            }
            i++;
        }
        return changed;
    }

    private static String json(String text, boolean secret) {
        Matcher block = JSON_BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (block.find()) {
            if (!secret && block.group(2).equals("data")) {
                continue;
            }
            out.append(text, last, block.start(3));
            out.append(JSON_VALUE.matcher(block.group(3)).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Redactor.MASK + m.group(3))));
            last = block.end(3);
        }
        if (last == 0) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
