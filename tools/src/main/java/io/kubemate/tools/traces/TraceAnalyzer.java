package io.kubemate.tools.traces;

import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reduces a Jaeger trace to a {@link TraceSummary}; spans in namespaces the caller cannot read are masked. */
public final class TraceAnalyzer {

    private static final Pattern FAILURE = Pattern.compile(
            "(?i)deadline exceeded|timed? ?out|\\bfailed\\b|refused|exception|skipped|dropped|aborted");
    private static final String SILENT = "(the span is not marked as an error) ";

    static final int SLOWEST = 5;
    static final String HIDDEN = "(hidden: another namespace)";

    private final Redactor redactor;

    public TraceAnalyzer(Redactor redactor) {
        this.redactor = redactor;
    }

    public TraceSummary summarise(String jaeger, Trace trace, NamespaceScope scope, TokenBudget budget) {
        List<Trace.Span> spans = trace.spans();
        Map<String, Trace.Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.spanID(), s));
        Map<String, List<Trace.Span>> children = new HashMap<>();
        List<Trace.Span> roots = new ArrayList<>();
        for (Trace.Span span : spans) {
            String parent = span.parentId();
            if (parent == null || !byId.containsKey(parent)) {
                roots.add(span);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(span);
            }
        }
        long start = spans.stream().mapToLong(Trace.Span::startTime).min().orElse(0);
        long end = spans.stream().mapToLong(Trace.Span::end).max().orElse(0);
        Map<String, Long> self = new HashMap<>();
        spans.forEach(s -> self.put(s.spanID(), selfTime(s, children.getOrDefault(s.spanID(), List.of()))));

        Trace.Span root = roots.stream().min(Comparator.comparingLong(Trace.Span::startTime)
                .thenComparing(Comparator.comparingLong(Trace.Span::duration).reversed())).orElse(null);
        List<Trace.Span> onPath = new ArrayList<>();
        if (root != null) {
            criticalPath(root, children, onPath);
        }
        List<TraceSummary.Step> path = onPath.stream().sorted(Comparator.comparingLong(Trace.Span::startTime))
                .map(s -> step(trace, s, self, scope)).toList();
        Set<String> services = new LinkedHashSet<>();
        spans.stream().sorted(Comparator.comparingLong(Trace.Span::startTime)).forEach(s -> services.add(service(trace, s, scope)));
        List<TraceSummary.Step> slowest = spans.stream()
                .sorted(Comparator.comparingLong((Trace.Span s) -> self.get(s.spanID())).reversed()).limit(SLOWEST)
                .map(s -> step(trace, s, self, scope)).toList();
        List<TraceSummary.ErrorSpan> errors = spans.stream().filter(s -> isError(s) || failureEvent(s) != null)
                .sorted(Comparator.comparingLong(Trace.Span::startTime))
                .map(s -> new TraceSummary.ErrorSpan(service(trace, s, scope), operation(trace, s, scope),
                        visible(trace, s, scope) ? redactor.redact(isError(s) ? message(s) : SILENT + failureEvent(s)) : HIDDEN))
                .toList();
        int hidden = (int) spans.stream().filter(s -> !visible(trace, s, scope)).count();
        return new TraceSummary(jaeger, trace.traceID(), Instant.EPOCH.plusNanos(start * 1000), end - start, spans.size(),
                root == null ? "?" : service(trace, root, scope) + " " + operation(trace, root, scope),
                List.copyOf(services), path, slowest, errors, hidden, budget);
    }

    /** True when at least one span ran in a namespace the caller may read (or the caller reads everything). */
    public static boolean readable(Trace trace, NamespaceScope scope) {
        return scope.everything() || trace.processes().values().stream().anyMatch(p -> p.namespace() != null && scope.allows(p.namespace()));
    }

    /**
     * From the root, the child that finished last, then among the children that finished before that child
     * started the one that finished last, and so on; depth-first, iteratively so deep traces cannot overflow.
     */
    private static void criticalPath(Trace.Span root, Map<String, List<Trace.Span>> children, List<Trace.Span> out) {
        Deque<Trace.Span> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Trace.Span span = todo.pop();
            out.add(span);
            List<Trace.Span> kids = new ArrayList<>(children.getOrDefault(span.spanID(), List.of()));
            kids.sort(Comparator.comparingLong(Trace.Span::end).reversed());
            long cursor = Long.MAX_VALUE;
            List<Trace.Span> onPath = new ArrayList<>();
            for (Trace.Span kid : kids) {
                if (kid.end() <= cursor) {
                    onPath.add(kid);
                    cursor = kid.startTime();
                }
            }
            onPath.forEach(todo::push);
        }
    }

    private static long selfTime(Trace.Span span, List<Trace.Span> kids) {
        List<long[]> intervals = kids.stream()
                .map(k -> new long[]{Math.max(k.startTime(), span.startTime()), Math.min(k.end(), span.end())})
                .filter(i -> i[1] > i[0]).sorted(Comparator.comparingLong(i -> i[0])).toList();
        long covered = 0;
        long curStart = -1;
        long curEnd = -1;
        for (long[] i : intervals) {
            if (i[0] > curEnd) {
                covered += curEnd - curStart;
                curStart = i[0];
                curEnd = i[1];
            } else {
                curEnd = Math.max(curEnd, i[1]);
            }
        }
        covered += curEnd - curStart;
        return Math.max(0, span.duration() - covered);
    }

    private TraceSummary.Step step(Trace trace, Trace.Span span, Map<String, Long> self, NamespaceScope scope) {
        return new TraceSummary.Step(service(trace, span, scope), operation(trace, span, scope), span.duration(), self.get(span.spanID()));
    }

    private static boolean visible(Trace trace, Trace.Span span, NamespaceScope scope) {
        if (scope.everything()) {
            return true;
        }
        Trace.Process process = trace.processes().get(span.processID());
        return process != null && process.namespace() != null && scope.allows(process.namespace());
    }

    private static String service(Trace trace, Trace.Span span, NamespaceScope scope) {
        Trace.Process process = trace.processes().get(span.processID());
        if (!visible(trace, span, scope)) {
            return process != null && process.namespace() != null ? "(namespace " + process.namespace() + ")" : HIDDEN;
        }
        return process == null ? "?" : process.serviceName();
    }

    private String operation(Trace trace, Trace.Span span, NamespaceScope scope) {
        return visible(trace, span, scope) ? redactor.redact(span.operationName()) : "";
    }

    /**
     * A span event that tells of a failure the span itself does not report ("deadline exceeded (50ms), transaction
     * skipped" on a span with status OK): the silent failures a client swallows. Null when there is none.
     */
    static String failureEvent(Trace.Span span) {
        for (Trace.Log log : span.logs()) {
            for (Trace.KeyValue field : log.fields()) {
                String value = String.valueOf(field.value());
                if (List.of("event", "message").contains(field.key()) && FAILURE.matcher(value).find()) {
                    return value;
                }
            }
        }
        return null;
    }

    static boolean isError(Trace.Span span) {
        if ("true".equals(span.tag("error")) || "ERROR".equalsIgnoreCase(span.tag("otel.status_code"))) {
            return true;
        }
        for (String key : List.of("http.status_code", "http.response.status_code")) {
            String code = span.tag(key);
            if (code != null && code.matches("5\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    static String message(Trace.Span span) {
        for (String key : List.of("otel.status_description", "error.message", "exception.message")) {
            String value = span.tag(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        for (Trace.Log log : span.logs()) {
            String event = null;
            for (Trace.KeyValue field : log.fields()) {
                if (List.of("exception.message", "message", "error.object").contains(field.key())) {
                    return String.valueOf(field.value());
                }
                if ("event".equals(field.key())) {
                    event = String.valueOf(field.value());
                }
            }
            if (event != null) {
                return event;
            }
        }
        String code = span.tag("http.status_code") != null ? span.tag("http.status_code") : span.tag("http.response.status_code");
        return code != null ? "HTTP " + code : "(no message)";
    }
}
