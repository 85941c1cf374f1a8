package io.kubemate.tools.metrics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * PromQL string literals: reading {@code "..."} and {@code '...'} with Go's escapes (as Prometheus does) and
 * {@code `...`} raw, and writing a value back as one canonical double-quoted literal.
 */
final class PromqlStrings {

    private PromqlStrings() {
    }

    /** The literal starting at {@code start}: its end (exclusive) and its value. */
    record Literal(int end, String value) {
    }

    static Literal read(String s, int start) {
        char quote = s.charAt(start);
        if (quote == '`') {
            int close = s.indexOf('`', start + 1);
            if (close < 0) {
                throw new PromqlSyntaxException("unterminated raw string", start);
            }
            return new Literal(close + 1, s.substring(start + 1, close).replace("\r", ""));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = start + 1;
        while (true) {
            if (i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                throw new PromqlSyntaxException("unterminated quoted string", start);
            }
            char c = s.charAt(i);
            if (c == quote) {
                return new Literal(i + 1, utf8(bytes, start));
            }
            if (c != '\\') {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            i = escape(s, i, quote, bytes);
        }
    }

    private static int escape(String s, int backslash, char quote, ByteArrayOutputStream bytes) {
        if (backslash + 1 >= s.length()) {
            throw new PromqlSyntaxException("unterminated quoted string", backslash);
        }
        char e = s.charAt(backslash + 1);
        int simple = switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> e == quote ? quote : -1;
        };
        if (simple >= 0) {
            bytes.write(simple);
            return backslash + 2;
        }
        return switch (e) {
            case 'x' -> {
                bytes.write(digits(s, backslash + 2, 2, 16, backslash));
                yield backslash + 4;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int value = digits(s, backslash + 1, 3, 8, backslash);
                if (value > 255) {
                    throw new PromqlSyntaxException("octal escape above \\377", backslash);
                }
                bytes.write(value);
                yield backslash + 4;
            }
            case 'u', 'U' -> {
                int n = e == 'u' ? 4 : 8;
                int cp = digits(s, backslash + 2, n, 16, backslash);
                if (!Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw new PromqlSyntaxException("escape \\" + e + " names no character", backslash);
                }
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                yield backslash + 2 + n;
            }
            default -> throw new PromqlSyntaxException("unknown escape sequence \\" + e, backslash);
        };
    }

    private static int digits(String s, int from, int count, int radix, int at) {
        if (from + count > s.length()) {
            throw new PromqlSyntaxException("short escape sequence", at);
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 127) {
                throw new PromqlSyntaxException("bad digit in escape sequence", at);
            }
            value = value * radix + d;
        }
        return value;
    }

    private static String utf8(ByteArrayOutputStream bytes, int at) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new PromqlSyntaxException("string is not valid UTF-8", at);
        }
    }

    /** {@code value} as a double-quoted literal that Prometheus reads back as exactly {@code value}. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
