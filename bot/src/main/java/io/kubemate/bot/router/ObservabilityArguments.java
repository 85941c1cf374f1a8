package io.kubemate.bot.router;

import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arguments of the log, metric and trace tools from router slots: the workload resolved against the cluster,
 * "15 minutes" or "15分钟" as {@code 15m}, "errors" as the text {@code error}, "P99" as {@code latency_p99}.
 */
final class ObservabilityArguments {

    private static final Pattern SINCE = Pattern.compile(
            "(\\d+)\\s*(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|秒|分钟|分|小时|天)");
    private static final Map<String, String> SHORTCUTS = Map.ofEntries(
            Map.entry("p99", "latency_p99"), Map.entry("p95", "latency_p95"), Map.entry("latency", "latency_p95"),
            Map.entry("延迟", "latency_p95"), Map.entry("cpu", "cpu"), Map.entry("memory", "memory"), Map.entry("内存", "memory"),
            Map.entry("restarts", "restarts"), Map.entry("restart count", "restarts"), Map.entry("重启次数", "restarts"),
            Map.entry("request rate", "request_rate"), Map.entry("qps", "request_rate"), Map.entry("请求量", "request_rate"),
            Map.entry("error ratio", "error_ratio"), Map.entry("error rate", "error_ratio"), Map.entry("错误率", "error_ratio"));
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("错误", "error"), Map.entry("报错", "error"),
            Map.entry("异常", "exception"), Map.entry("超时", "timeout"), Map.entry("errors", "error"),
            Map.entry("exceptions", "exception"), Map.entry("warnings", "warn"), Map.entry("warning", "warn"),
            Map.entry("timeouts", "timeout"), Map.entry("panics", "panic"));

    private final NameResolver names;

    ObservabilityArguments(NameResolver names) {
        this.names = names;
    }

    Route resolve(Subject subject, Intent intent, Map<String, Object> args) {
        if (intent.slot("since") != null) {
            String since = since(intent.slot("since"));
            if (since == null) {
                return new Route(intent.tool(), args, 0.3, Ask.of("how_far_back"), List.of());
            }
            args.put("since", since);
        }
        return switch (intent.tool()) {
            case "trace_get" -> traceGet(intent, args);
            case "traces_search" -> tracesSearch(intent, args);
            case "metrics_query" -> metrics(subject, intent, args);
            default -> logs(subject, intent, args);
        };
    }

    static String since(String text) {
        Matcher m = SINCE.matcher(text.toLowerCase(Locale.ROOT).trim());
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2);
        String suffix = switch (unit) {
            case "ms" -> "ms";
            case "s", "sec", "secs", "second", "seconds", "秒" -> "s";
            case "h", "hr", "hrs", "hour", "hours", "小时" -> "h";
            case "d", "day", "days", "天" -> "d";
            default -> "m";
        };
        return m.group(1) + suffix;
    }

    private Route logs(Subject subject, Intent intent, Map<String, Object> args) {
        String contains = intent.slot("contains");
        if (contains != null) {
            args.put("contains", WORDS.getOrDefault(contains, contains));
        }
        return workload(subject, intent, args, true);
    }

    private Route metrics(Subject subject, Intent intent, Map<String, Object> args) {
        if (intent.slot("step") != null) {
            String step = since(intent.slot("step"));
            if (step == null) {
                return new Route(intent.tool(), args, 0.3, Ask.of("how_far_back"), List.of());
            }
            args.put("step", step);
        }
        if (intent.slot("query") != null) {
            args.put("query", intent.slot("query"));
            return Route.of(intent.tool(), args, intent.confidence());
        }
        String shortcut = intent.slot("shortcut");
        if (shortcut == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_metric"), List.of());
        }
        args.put("shortcut", SHORTCUTS.getOrDefault(shortcut, shortcut));
        return workload(subject, intent, args, false);
    }

    /** A workload (or, for logs, a pod) resolved in the cluster; a name the cluster does not know is kept when the namespace is given. */
    private Route workload(Subject subject, Intent intent, Map<String, Object> args, boolean podAllowed) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_workload"), List.of());
        }
        String namespace = (String) args.get("namespace");
        List<ObjectRef> found = names.workloadOrPod(subject, target, namespace).stream()
                .filter(ref -> podAllowed || ref.kind() != ResourceKind.POD).toList();
        if (found.size() > 1) {
            return new Route(intent.tool(), args, 0.5, Ask.of("several_objects", target),
                    found.stream().limit(5).map(ObjectRef::toString).toList());
        }
        if (found.isEmpty()) {
            if (namespace == null) {
                args.put("target", target);
                return new Route(intent.tool(), args, 0.3, Ask.of("which_namespace_hint", target), List.of());
            }
            args.put("workload", target);
            return Route.of(intent.tool(), args, 0.8);
        }
        ObjectRef ref = found.getFirst();
        args.put("namespace", ref.namespace());
        args.put(ref.kind() == ResourceKind.POD ? "pod" : "workload", ref.name());
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private static Route traceGet(Intent intent, Map<String, Object> args) {
        if (intent.slot("trace") == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_trace"), List.of());
        }
        args.put("trace_id", intent.slot("trace"));
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private static Route tracesSearch(Intent intent, Map<String, Object> args) {
        if (intent.slot("service") == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_service"), List.of());
        }
        args.put("service", intent.slot("service"));
        if (intent.slot("min") != null) {
            String min = since(intent.slot("min"));
            if (min != null) {
                args.put("min_duration", min);
            }
        } else if (intent.slot("slow") != null) {
            args.put("min_duration", "1s");
        }
        return Route.of(intent.tool(), args, intent.confidence());
    }
}
