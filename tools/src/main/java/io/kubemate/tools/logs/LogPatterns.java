package io.kubemate.tools.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final Pattern HEX = Pattern.compile("\\b(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})\\b");
    private static final Pattern ID = Pattern.compile("\\b(?=[A-Za-z0-9_-]*\\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{10,}\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z<])-?\\d+(?:\\.\\d+)?");
    private static final Pattern ERROR = Pattern.compile("(?i)\\b(error|err|exception|fatal|panic|fail(?:ed|ure)?|timeout|refused|denied)\\b|错误|异常|失败");

    /** One pattern: the masked text, how many lines, when first and last seen, and raw examples. */
    public record LogPattern(String pattern, int count, Instant firstSeen, Instant lastSeen, List<String> examples, boolean error) {

        public LogPattern {
            examples = List.copyOf(examples);
        }
    }

    public static String mask(String line) {
        String out = TIMESTAMP.matcher(line).replaceAll("<ts>");
        out = UUID.matcher(out).replaceAll("<uuid>");
        out = IP.matcher(out).replaceAll("<ip>");
        out = HEX.matcher(out).replaceAll("<hex>");
        out = ID.matcher(out).replaceAll("<id>");
        out = NUMBER.matcher(out).replaceAll("<n>");
        out = out.strip();
        return out.length() > MAX_PATTERN ? out.substring(0, MAX_PATTERN) + "…" : out;
    }

    /** Entries already redacted; the result is ordered most relevant first. */
    public static List<LogPattern> of(List<LogStream.Entry> entries) {
        Map<String, Builder> byPattern = new HashMap<>();
        for (LogStream.Entry entry : entries) {
            byPattern.computeIfAbsent(mask(entry.line()), Builder::new).add(entry);
        }
        return byPattern.values().stream().map(Builder::build)
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
