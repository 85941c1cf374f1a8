package io.kubemate.bot.router;

import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit commands ({@code /get pods -n payments}, {@code /diagnose payment-api}, ...). They skip the
 * phrase matching and always work. Their words and positional slots come from the tools' specs.
 */
@Singleton
public final class CommandParser {

    /**
     * Commands that are not tools: {@code /help}, and {@code /ignore <fingerprint> [reason]} for an inspection finding
     * ({@code /inspect export} is read in {@link #parse}).
     */
    private static final Map<String, String> BUILT_IN = Map.of("help", BuiltInRoutes.HELP, "ignore", BuiltInRoutes.IGNORE_FINDING);
    private static final Map<String, List<String>> BUILT_IN_POSITIONS = Map.of(BuiltInRoutes.IGNORE_FINDING, List.of("fingerprint"));

    private final Map<String, String> tools = new HashMap<>(BUILT_IN);
    private final Map<String, List<String>> positions = new HashMap<>(BUILT_IN_POSITIONS);

    public CommandParser(ToolSpecs specs) {
        for (ToolSpec spec : specs.all()) {
            for (String word : spec.commands()) {
                String before = tools.putIfAbsent(word, spec.name());
                if (before != null) {
                    throw new IllegalStateException("the command /" + word + " is claimed by both " + before + " and " + spec.name());
                }
            }
            positions.put(spec.name(), spec.positions());
        }
    }

    private static final List<String> EXPORT_FORMATS = List.of("html", "md", "markdown");
    private static final Pattern SINCE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
    private static final Pattern TRAILING_WORD = Pattern.compile("^(.*\\S)\\s+(\\S+)$", Pattern.DOTALL);

    /** The command that runs {@code tool} ({@code /metrics} rather than {@code /promql}: the first in alphabetical order). */
    Optional<String> command(String tool) {
        return tools.entrySet().stream().filter(e -> e.getValue().equals(tool) && !e.getValue().equals(BuiltInRoutes.HELP))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /** The slots a command takes by position, in order. */
    List<String> positions(String tool) {
        return positions.getOrDefault(tool, List.of());
    }

    /**
     * {@code /promql <query> [range] [step]}: trailing bare durations (1h, 30m) are the range and the step; PromQL
     * never ends in one (its durations sit inside brackets or after {@code offset}). The query keeps its exact text.
     */
    private static Map<String, String> promql(String rest) {
        String query = rest.strip();
        List<String> durations = new ArrayList<>();
        Matcher last = TRAILING_WORD.matcher(query);
        while (durations.size() < 2 && last.find() && SINCE.matcher(last.group(2)).matches()
                && !last.group(1).stripTrailing().toLowerCase(Locale.ROOT).endsWith("offset")) {
            durations.addFirst(last.group(2));
            query = last.group(1).stripTrailing();
            last = TRAILING_WORD.matcher(query);
        }
        Map<String, String> args = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            args.put("query", query);
        }
        if (!durations.isEmpty()) {
            args.put("since", durations.getFirst());
        }
        if (durations.size() > 1) {
            args.put("step", durations.get(1));
        }
        return args;
    }

    public Optional<Intent> parse(String message) {
        String text = message.trim();
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.substring(1).trim().split("\\s+")));
        String command = words.removeFirst().toLowerCase(Locale.ROOT);
        String tool = tools.get(command);
        if (tool == null) {
            return Optional.of(new Intent(BuiltInRoutes.HELP, Map.of("unknown", "/" + command), 1.0));
        }
        if (command.equals("promql")) {
            return Optional.of(new Intent(tool, promql(text.substring(1).trim().substring(command.length())), 1.0));
        }
        if (tool.equals("logs_query")) {
            if (!words.contains("--previous") && !words.contains("-p") && !words.contains("--tail")) {
                return Optional.of(logsQuery(words));
            }
            tool = "pod_logs";
        }
        if (tool.equals("inspect") && !words.isEmpty() && words.getFirst().equalsIgnoreCase("export")) {
            return Optional.of(export(words.subList(1, words.size())));
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
        List<String> names = positions.getOrDefault(tool, List.of());
        for (int i = 0; i < Math.min(names.size(), positional.size()); i++) {
            slots.putIfAbsent(names.get(i), positional.get(i));
        }
        if (positional.size() > names.size() && tool.equals(BuiltInRoutes.IGNORE_FINDING)) {
            slots.put("reason", String.join(" ", positional.subList(names.size(), positional.size())));
        }
        return Optional.of(new Intent(tool, slots, 1.0));
    }

    /** {@code /inspect export [namespace] [html|md]}: the words in any order, the format known by its name. */
    private static Intent export(List<String> words) {
        Map<String, String> slots = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (EXPORT_FORMATS.contains(lower)) {
                slots.put("format", lower);
            } else if ((word.equals("-n") || word.equals("--namespace") || word.equals("in")) && i + 1 < words.size()) {
                slots.put("namespace", words.get(++i));
            } else {
                slots.putIfAbsent("namespace", word);
            }
        }
        return new Intent(BuiltInRoutes.EXPORT_INSPECTION, slots, 1.0);
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
