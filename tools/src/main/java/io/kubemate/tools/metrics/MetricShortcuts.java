package io.kubemate.tools.metrics;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The named PromQL templates of {@code metrics_query} (cpu, memory, restarts, ...), read from a YAML data file
 * ({@code prompts/metrics/shortcuts.yaml}) so operators can adapt them to their metric names without a release.
 * {@code ${namespace}} and {@code ${workload}} are replaced by validated Kubernetes names only.
 */
public final class MetricShortcuts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

    /** One template: a title for the reply, the unit of its values and the PromQL. */
    public record Shortcut(String name, String title, String unit, String promql) {
    }

    private final Map<String, Shortcut> shortcuts;

    public MetricShortcuts(Map<String, Shortcut> shortcuts) {
        this.shortcuts = Map.copyOf(shortcuts);
    }

    @SuppressWarnings("unchecked")
    public static MetricShortcuts parse(Reader yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Object entries = root == null ? null : root.get("shortcuts");
        if (!(entries instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the shortcuts file has no 'shortcuts' map");
        }
        Map<String, Shortcut> out = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((name, value) -> {
            if (!(value instanceof Map<?, ?> fields) || !(fields.get("promql") instanceof String promql)) {
                throw new IllegalArgumentException("shortcut '" + name + "' has no promql");
            }
            Object title = fields.get("title");
            Object unit = fields.get("unit");
            out.put(name, new Shortcut(name, title == null ? name : title.toString(), unit == null ? "" : unit.toString(),
                    promql.strip()));
        });
        return new MetricShortcuts(out);
    }

    public List<String> names() {
        return shortcuts.keySet().stream().sorted().toList();
    }

    public Optional<Shortcut> get(String name) {
        return Optional.ofNullable(shortcuts.get(name));
    }

    /** The metric names a template reads (selectors without a literal name are left out). */
    public Set<String> metricNames(Shortcut shortcut) {
        Set<String> names = new TreeSet<>();
        PromqlRewriter.rewrite(render(shortcut, "namespace", "workload"), selector -> {
            if (selector.metric() != null && !selector.metric().isEmpty()) {
                names.add(selector.metric());
            }
            return "x";
        });
        return names;
    }

    /** The template filled in; names that are not Kubernetes names are refused rather than escaped. */
    public String render(Shortcut shortcut, String namespace, String workload) {
        for (String value : new String[]{namespace, workload}) {
            if (value == null || !NAME.matcher(value).matches()) {
                throw new IllegalArgumentException("'" + value + "' is not a Kubernetes name");
            }
        }
        return shortcut.promql().replace("${namespace}", namespace).replace("${workload}", workload);
    }
}
