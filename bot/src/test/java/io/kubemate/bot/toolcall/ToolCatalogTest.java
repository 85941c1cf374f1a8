package io.kubemate.bot.toolcall;

import io.kubemate.bot.TestCatalog;
import io.kubemate.knowledge.BundledRunbooks;
import io.kubemate.knowledge.runbook.RunbookFormatException;
import io.kubemate.knowledge.runbook.RunbookParser;
import io.kubemate.knowledge.runbook.ToolNames;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.Text;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog the bot builds from its beans, against everything that names its tools outside the code. */
class ToolCatalogTest {

    private static final Path EVALS = Path.of("../evals");

    private final ToolSpecs tools = TestCatalog.specs();
    private final Set<String> names = tools.all().stream().map(ToolSpec::name).collect(Collectors.toSet());

    @Test
    void holds_every_tool_of_the_design_catalog_once() {
        assertEquals(Set.of("alerts_list", "silences_list", "metrics_query", "logs_query", "traces_search", "trace_get", "k8s_get",
                "k8s_describe", "k8s_events", "pod_logs", "rollout_history", "diagnose", "inspect", "runbook_search", "runbook_start", "backups", "pipelines",
                "canary", "canary_step", "canary_promote", "canary_abort",
                "scale", "rollout_restart", "rollback", "set_resources", "cordon", "uncordon", "delete_pod", "suspend_cronjob",
                "resume_cronjob", "silence_alert", "expire_silence", "backup_now", "pipeline_rerun", "pipeline_cancel"), names);
        assertEquals(names.size(), tools.all().size());
    }

    @Test
    void every_tool_and_parameter_is_described_in_english_and_chinese() {
        List<String> missing = new ArrayList<>();
        for (ToolSpec spec : tools.all()) {
            check(spec.name(), spec.description(), missing);
            for (Param p : spec.parameters()) {
                check(spec.name() + "." + p.name(), p.description(), missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_bundled_runbook_parses_against_the_catalog() {
        Set<String> reads = tools.all().stream().filter(s -> !s.isAction()).map(ToolSpec::name).collect(Collectors.toSet());
        Set<String> actions = tools.all().stream().filter(ToolSpec::isAction).map(ToolSpec::name).collect(Collectors.toSet());
        RunbookParser parser = new RunbookParser(new ToolNames(reads, actions));
        List<String> problems = new ArrayList<>();
        BundledRunbooks.texts().forEach((file, text) -> {
            try {
                parser.parse(file, text);
            } catch (RunbookFormatException e) {
                problems.add(file + ": " + e.getMessage());
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void the_eval_scenarios_and_router_sets_name_only_tools_the_catalog_has() throws IOException {
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EVALS.resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("scenario.yaml")).toList()) {
                Map<String, Object> expect = asMap(load(file).get("expect"));
                for (String key : List.of("tools", "proposals", "never")) {
                    names(expect.get(key)).stream().filter(n -> !names.contains(n)).forEach(n -> unknown.add(file + " " + key + ": " + n));
                }
            }
        }
        try (Stream<Path> files = Files.list(EVALS.resolve("router"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Object utterance : (List<?>) load(file).getOrDefault("utterances", List.of())) {
                    Object tool = asMap(utterance).get("tool");
                    if (tool != null && !tool.toString().equals("none") && !names.contains(tool.toString())) {
                        unknown.add(file + ": " + tool);
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }

    private static void check(String what, Text text, List<String> missing) {
        if (text == null || text.en().isBlank() || text.zh().isBlank() || text.en().equals(text.zh())) {
            missing.add(what);
        }
    }

    private static Map<String, Object> load(Path file) throws IOException {
        Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        return map == null ? Map.of() : map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> names(Object value) {
        return value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
