package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matchers as text, {@code name="value", name=~"regex"}: read with a small scanner (a quoted value ends at its
 * closing unescaped quote, so commas and {@code \"} inside it are part of the value) and written back so that
 * reading the text again gives the same matchers.
 */
final class MatcherText {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private MatcherText() {
    }

    static List<Matcher> parse(String text) throws ActionRejected {
        List<Matcher> matchers = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int op = indexOfOperator(text, i);
            if (op < 0) {
                throw notAMatcher(text.substring(start).split(",")[0]);
            }
            String name = text.substring(i, op).strip();
            String operator = text.startsWith("=~", op) || text.startsWith("!~", op) || text.startsWith("!=", op)
                    ? text.substring(op, op + 2) : text.charAt(op) == '=' ? "=" : null;
            if (operator == null) {
                throw notAMatcher(text.substring(start).split(",")[0]);
            }
            i = skipSpaces(text, op + operator.length());
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < text.length()) {
                        value.append(text.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw notAMatcher(text.substring(start));
                }
                i = skipSpaces(text, i);
            } else {
                int comma = text.indexOf(',', i);
                int end = comma < 0 ? text.length() : comma;
                value.append(text, i, end);
                i = end;
                if (value.toString().contains("\"")) {
                    throw notAMatcher(text.substring(start, end));
                }
            }
            if (!NAME.matcher(name).matches()) {
                throw notAMatcher(text.substring(start, Math.min(i, text.length())));
            }
            if (i < text.length() && text.charAt(i) != ',') {
                throw notAMatcher(text.substring(start).split(",")[0]);
            }
            i = skipSpaces(text, i + 1);
            String unquoted = value.toString().strip();
            matchers.add(new Matcher(name, unquoted, operator.contains("~"), !operator.startsWith("!")));
        }
        return matchers;
    }

    static String text(List<Matcher> matchers) {
        return String.join(", ", matchers.stream().map(MatcherText::text).toList());
    }

    private static String text(Matcher m) {
        boolean equal = !Boolean.FALSE.equals(m.isEqual());
        String op = m.isRegex() ? (equal ? "=~" : "!~") : (equal ? "=" : "!=");
        return m.name() + op + "\"" + m.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int indexOfOperator(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == '!') {
                return i;
            }
            if (c == ',' || c == '"') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static ActionRejected notAMatcher(String part) {
        return new ActionRejected("'" + part.trim() + "' is not a matcher like name=\"value\" or name=~\"regex\"");
    }
}
