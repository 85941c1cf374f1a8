package io.kubemate.tools.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits PromQL into tokens the way Prometheus's lexer does: strings in {@code "..."}, {@code '...'} (Go escapes)
 * and {@code `...`} (raw), {@code #} comments to the end of the line (also inside braces), identifiers, numbers
 * (decimal, hexadecimal, exponent, {@code Inf}/{@code NaN} are identifiers here), durations such as {@code 1h30m},
 * and operators. Only the four ASCII blanks separate tokens; any other character outside a string or comment is
 * refused, so no Unicode look-alike or invisible space can hide a token.
 */
final class PromqlLexer {

    private static final Pattern DURATION = Pattern.compile("(?:[0-9]+(?:ms|[smhdwy]))+");
    private static final Pattern NUMBER = Pattern.compile("0[xX][0-9a-fA-F]+|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> OPERATORS = List.of("==", "!=", "=~", "!~", ">=", "<=", "=", ">", "<", "+", "-", "*",
            "/", "%", "^", "{", "}", "(", ")", "[", "]", ",", ":", "@");

    private PromqlLexer() {
    }

    static List<PromqlToken> tokens(String s) {
        List<PromqlToken> out = new ArrayList<>();
        int i = 0;
        int brackets = 0;
        boolean spaced = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                spaced = true;
                i++;
                continue;
            }
            if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
                spaced = true;
                continue;
            }
            PromqlToken token;
            if (c == '"' || c == '\'' || c == '`') {
                PromqlStrings.Literal literal = PromqlStrings.read(s, i);
                token = new PromqlToken(PromqlToken.Kind.STRING, s.substring(i, literal.end()), literal.value(), i, spaced);
            } else if (digit(c) || (c == '.' && i + 1 < s.length() && digit(s.charAt(i + 1)))) {
                token = number(s, i, spaced);
            } else if (c == ':' && brackets > 0) {
                token = new PromqlToken(PromqlToken.Kind.SYMBOL, ":", ":", i, spaced);
            } else if (c < 128 && (Character.isLetter(c) || c == '_' || c == ':')) {
                Matcher m = IDENTIFIER.matcher(s).region(i, s.length());
                m.lookingAt();
                token = new PromqlToken(PromqlToken.Kind.IDENTIFIER, m.group(), m.group(), i, spaced);
            } else {
                token = operator(s, i, spaced);
            }
            brackets += token.is("[") ? 1 : token.is("]") ? -1 : 0;
            out.add(token);
            i = token.position() + token.text().length();
            spaced = false;
        }
        out.add(new PromqlToken(PromqlToken.Kind.END, "", "", s.length(), spaced));
        return out;
    }

    /** A label name as Prometheus 2 writes it bare; other names must be quoted (Prometheus 3). */
    static boolean isLabelName(String name) {
        return LABEL.matcher(name).matches();
    }

    static boolean isMetricName(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static PromqlToken number(String s, int i, boolean spaced) {
        Matcher duration = DURATION.matcher(s).region(i, s.length());
        Matcher number = NUMBER.matcher(s).region(i, s.length());
        PromqlToken token;
        if (duration.lookingAt()) {
            token = new PromqlToken(PromqlToken.Kind.DURATION, duration.group(), duration.group(), i, spaced);
        } else if (number.lookingAt()) {
            token = new PromqlToken(PromqlToken.Kind.NUMBER, number.group(), number.group(), i, spaced);
        } else {
            throw new PromqlSyntaxException("bad number", i);
        }
        int end = i + token.text().length();
        if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.')) {
            throw new PromqlSyntaxException("bad number or duration `" + s.substring(i, end + 1) + "`", i);
        }
        return token;
    }

    private static PromqlToken operator(String s, int i, boolean spaced) {
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                return new PromqlToken(PromqlToken.Kind.SYMBOL, op, op, i, spaced);
            }
        }
        int cp = s.codePointAt(i);
        throw new PromqlSyntaxException(String.format("unexpected character U+%04X '%s'", cp, new String(Character.toChars(cp))), i);
    }
}
