package io.kubemate.bot.router;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explicit commands ({@code /get pods -n payments}, {@code /diagnose payment-api}, ...). They skip the
 * phrase matching and always work.
 */
@Singleton
public final class CommandParser {

    private static final Map<String, String> TOOLS = Map.ofEntries(
            Map.entry("help", "help"), Map.entry("get", "k8s_get"), Map.entry("describe", "k8s_describe"),
            Map.entry("events", "k8s_events"), Map.entry("logs", "logs_query"), Map.entry("podlogs", "pod_logs"),
            Map.entry("diagnose", "diagnose"), Map.entry("alerts", "alerts_list"), Map.entry("silences", "silences_list"),
            Map.entry("metrics", "metrics_query"), Map.entry("promql", "metrics_query"), Map.entry("trace", "trace_get"),
            Map.entry("traces", "traces_search"),
            Map.entry("inspect", "inspect"), Map.entry("scale", "scale"), Map.entry("restart", "rollout_restart"),
            Map.entry("rollback", "rollback"), Map.entry("ignore", "inspect_ignore"), Map.entry("cordon", "cordon"),
            Map.entry("uncordon", "uncordon"), Map.entry("suspend", "suspend_cronjob"), Map.entry("resume", "resume_cronjob"),
            Map.entry("delete", "delete_pod"), Map.entry("resources", "set_resources"), Map.entry("history", "rollout_history"),
            Map.entry("runbook", "runbook_search"), Map.entry("guide", "runbook_start"), Map.entry("silence", "silence_alert"),
            Map.entry("unsilence", "expire_silence"));

    /** Positional slots of each command, in order. */
    private static final Map<String, List<String>> POSITIONS = Map.ofEntries(
            Map.entry("k8s_get", List.of("kind", "name")),
            Map.entry("k8s_describe", List.of("kind", "name")),
            Map.entry("k8s_events", List.of("target")),
            Map.entry("pod_logs", List.of("target")),
            Map.entry("logs_query", List.of("target")),
            Map.entry("alerts_list", List.of("namespace")),
            Map.entry("silences_list", List.of("namespace")),
            Map.entry("metrics_query", List.of("shortcut", "target", "since")),
            Map.entry("trace_get", List.of("trace")),
            Map.entry("traces_search", List.of("service", "min")),
            Map.entry("diagnose", List.of("target")),
            Map.entry("inspect", List.of("namespace")),
            Map.entry("scale", List.of("target", "replicas")),
            Map.entry("rollout_restart", List.of("target")),
            Map.entry("rollback", List.of("target", "revision")),
            Map.entry("delete_pod", List.of("target")),
            Map.entry("silence_alert", List.of("alertname", "duration")),
            Map.entry("expire_silence", List.of("silence_id")),
            Map.entry("rollout_history", List.of("target")),
            Map.entry("set_resources", List.of("target")),
            Map.entry("inspect_ignore", List.of("fingerprint")),
            Map.entry("cordon", List.of("node")),
            Map.entry("uncordon", List.of("node")),
            Map.entry("suspend_cronjob", List.of("target")),
            Map.entry("resume_cronjob", List.of("target")));

    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");

    /** The command that runs {@code tool} ({@code /metrics} rather than {@code /promql}: the first in alphabetical order). */
    static Optional<String> command(String tool) {
        return TOOLS.entrySet().stream().filter(e -> e.getValue().equals(tool) && !e.getKey().equals("help"))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /** The slots a command takes by position, in order. */
    static List<String> positions(String tool) {
        return POSITIONS.getOrDefault(tool, List.of());
    }

    public Optional<Intent> parse(String message) {
        String text = message.trim();
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.substring(1).trim().split("\\s+")));
        String command = words.removeFirst().toLowerCase(java.util.Locale.ROOT);
        String tool = TOOLS.get(command);
        if (tool == null) {
            return Optional.of(new Intent("help", Map.of("unknown", "/" + command), 1.0));
        }
        if (command.equals("promql")) {
            return Optional.of(new Intent(tool, Map.of("query", text.substring(text.indexOf(' ') + 1).trim()), 1.0));
        }
        if (tool.equals("logs_query")) {
            if (!words.contains("--previous") && !words.contains("-p") && !words.contains("--tail")) {
                return Optional.of(logsQuery(words));
            }
            tool = "pod_logs";
        }
        if (tool.equals("runbook_search")) {
            // the question is free text: "-n" or "in" inside it are words, not options
            String query = String.join(" ", words);
            return Optional.of(new Intent(tool, query.isEmpty() ? Map.of() : Map.of("query", query), 1.0));
        }
        Map<String, String> slots = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean hasNext = i + 1 < words.size();
            switch (word) {
                case "-n", "--namespace", "in" -> {
                    if (hasNext) {
                        slots.put("namespace", words.get(++i));
                    }
                }
                case "--tail" -> {
                    if (hasNext) {
                        slots.put("tail", words.get(++i));
                    }
                }
                case "-p", "--previous" -> slots.put("previous", "true");
                case "--since" -> {
                    if (hasNext) {
                        slots.put("since", words.get(++i));
                    }
                }
                case "--min-duration" -> {
                    if (hasNext) {
                        slots.put("min", words.get(++i));
                    }
                }
                case "to" -> { }
                default -> {
                    int eq = word.indexOf('=');
                    if (eq > 0 && eq < word.length() - 1) {
                        slots.put(word.substring(0, eq), word.substring(eq + 1));
                    } else {
                        positional.add(word);
                    }
                }
            }
        }
        if (tool.equals("runbook_start")) {
            slots.put("query", String.join(" ", positional));
            return Optional.of(new Intent(tool, slots, 1.0));
        }
        List<String> names = POSITIONS.getOrDefault(tool, List.of());
        for (int i = 0; i < Math.min(names.size(), positional.size()); i++) {
            slots.putIfAbsent(names.get(i), positional.get(i));
        }
        if (positional.size() > names.size() && tool.equals("inspect_ignore")) {
            slots.put("reason", String.join(" ", positional.subList(names.size(), positional.size())));
        }
        return Optional.of(new Intent(tool, slots, 1.0));
    }

    /** {@code /logs <workload> [since] [text…] [-n ns]}: everything after the window is the text, words like "to" included. */
    private static Intent logsQuery(List<String> words) {
        Map<String, String> slots = new LinkedHashMap<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("-n") || word.equals("--namespace") || word.equals("--since")) && i + 1 < words.size()) {
                slots.put(word.equals("--since") ? "since" : "namespace", words.get(++i));
            } else if (!slots.containsKey("target")) {
                slots.put("target", word);
            } else if (text.isEmpty() && !slots.containsKey("since") && SINCE.matcher(word).matches()) {
                slots.put("since", word);
            } else {
                text.add(word);
            }
        }
        if (!text.isEmpty()) {
            slots.put("contains", String.join(" ", text));
        }
        return new Intent("logs_query", slots, 1.0);
    }
}
