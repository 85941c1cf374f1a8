package io.kubemate.tools.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Folds log lines into patterns: timestamps, UUIDs, IP addresses, hex strings, ids and numbers are masked so
 * that lines differing only in those fall together, then counted with first and last seen and a few examples.
 * Lines that look like errors rank first, then the most frequent.
 */
public final class LogPatterns {

    static final int EXAMPLES = 2;
    static final int MAX_PATTERN = 300;

    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern IP = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d+)?\\b");
    private static final Pattern ERROR = Pattern.compile("(?i)\\b(error|err|exception|fatal|panic|fail(?:ed|ure)?|timeout|refused|denied)\\b|错误|异常|失败");

    /** One pattern: the masked text, how many lines, when first and last seen, and raw examples. */
    public record LogPattern(String pattern, int count, Instant firstSeen, Instant lastSeen, List<String> examples, boolean error) {

        public LogPattern {
            examples = List.copyOf(examples);
        }
    }

    public static String mask(String line) {
        String out = line;
        if (out.indexOf(':') >= 0 && out.indexOf('-') >= 0) {
            out = TIMESTAMP.matcher(out).replaceAll("<ts>");
        }
        if (out.indexOf('-') >= 0) {
            out = UUID.matcher(out).replaceAll("<uuid>");
        }
        if (out.indexOf('.') >= 0) {
            out = IP.matcher(out).replaceAll("<ip>");
        }
        out = maskTokens(out).strip();
        return out.length() > MAX_PATTERN ? out.substring(0, MAX_PATTERN) + "…" : out;
    }

    /**
     * One pass over runs of {@code [A-Za-z0-9_-]}: hex strings of 8+ with a digit and a letter become
     * {@code <hex>}, other runs of 10+ mixing letters and digits {@code <id>}, and digit groups not glued to a
     * letter ({@code 35ms}, {@code 0.93}, but not {@code http2}) {@code <n>}. Regexes with look-aheads at every
     * word boundary cost ten times as much on 10,000 lines.
     */
    static String maskTokens(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (!isTokenChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean digit = false;
            boolean letter = false;
            boolean hex = true;
            while (end < n && isTokenChar(line.charAt(end))) {
                char t = line.charAt(end);
                digit |= t >= '0' && t <= '9';
                letter |= Character.isLetter(t);
                hex &= (t >= '0' && t <= '9') || (t >= 'a' && t <= 'f') || (t >= 'A' && t <= 'F');
                end++;
            }
            int length = end - i;
            if (digit && letter && hex && length >= 8 || line.startsWith("0x", i) && length > 2 && hexAfter(line, i + 2, end)) {
                out.append("<hex>");
            } else if (digit && letter && length >= 10) {
                out.append("<id>");
            } else if (digit) {
                numbers(line, i, end, out);
            } else {
                out.append(line, i, end);
            }
            i = end;
            if (digit && !letter && i + 1 < n && line.charAt(i) == '.' && Character.isDigit(line.charAt(i + 1))
                    && out.toString().endsWith("<n>")) {
                i++;
                while (i < n && Character.isDigit(line.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static void numbers(String line, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = line.charAt(i);
            boolean glued = i > from && Character.isLetter(line.charAt(i - 1));
            if (Character.isDigit(c) && !glued) {
                while (i < to && Character.isDigit(line.charAt(i))) {
                    i++;
                }
                out.append("<n>");
            } else {
                out.append(c);
                i++;
                while (i < to && Character.isDigit(line.charAt(i)) && Character.isLetter(line.charAt(i - 1))) {
                    out.append(line.charAt(i));
                    i++;
                }
            }
        }
    }

    private static boolean hexAfter(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(line.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /**
     * Patterns of raw entries, most relevant first. Only what leaves is redacted — each pattern's text and its
     * examples — which costs a few dozen redactions instead of one per line; masking only ever removes text,
     * so it cannot reveal what redaction would have hidden.
     */
    public static List<LogPattern> of(List<LogStream.Entry> entries, UnaryOperator<String> redact) {
        Map<String, Builder> byPattern = new HashMap<>();
        for (LogStream.Entry entry : entries) {
            byPattern.computeIfAbsent(mask(entry.line()), Builder::new).add(entry);
        }
        return byPattern.values().stream().map(Builder::build)
                .map(p -> new LogPattern(redact.apply(p.pattern()), p.count(), p.firstSeen(), p.lastSeen(),
                        p.examples().stream().map(redact).toList(), p.error()))
                .sorted(Comparator.comparing(LogPattern::error).reversed()
                        .thenComparing(Comparator.comparingInt(LogPattern::count).reversed())
                        .thenComparing(LogPattern::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    private static final class Builder {
        private final String pattern;
        private int count;
        private Instant first;
        private Instant last;
        private final List<String> examples = new ArrayList<>();

        Builder(String pattern) {
            this.pattern = pattern;
        }

        void add(LogStream.Entry entry) {
            count++;
            if (first == null || entry.time().isBefore(first)) {
                first = entry.time();
            }
            if (last == null || entry.time().isAfter(last)) {
                last = entry.time();
            }
            if (examples.size() < EXAMPLES && !examples.contains(entry.line())) {
                examples.add(entry.line());
            }
        }

        LogPattern build() {
            return new LogPattern(pattern, count, first, last, examples, ERROR.matcher(pattern).find());
        }
    }
}
