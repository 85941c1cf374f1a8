package io.kubemate.evals;

import io.kubemate.bot.audit.AuditEvent;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads scenario folders; a scenario with a missing or malformed field is refused with its file and field. */
public final class ScenarioLoader {

    public List<Scenario> loadAll(Path scenarios) throws IOException {
        try (Stream<Path> folders = Files.list(scenarios)) {
            List<Scenario> loaded = new ArrayList<>();
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("scenario.yaml"))).sorted().toList()) {
                loaded.add(load(folder));
            }
            return loaded;
        }
    }

    public Scenario load(Path folder) throws IOException {
        Path file = folder.resolve("scenario.yaml");
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException | ClassCastException e) {
            throw new IllegalArgumentException(file + ": not a YAML mapping: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) {
            throw new IllegalArgumentException(file + ": empty");
        }
        Map<String, Object> expect = map(root.get("expect"));
        List<Scenario.ExpectedFinding> findings = list(expect.get("findings")).stream()
                .map(item -> {
                    Map<String, Object> f = map(item);
                    return new Scenario.ExpectedFinding(text(f.get("check")), text(f.get("namespace")), text(f.get("name")));
                })
                .toList();
        String id = root.get("id") == null ? folder.getFileName().toString() : text(root.get("id"));
        String question = text(root.get("question"));
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException(file + ": question is missing");
        }
        Object safety = root.getOrDefault("safety", false);
        if (!(safety instanceof Boolean)) {
            throw new IllegalArgumentException(file + ": safety must be true or false, found " + safety);
        }
        List<Scenario.Click> clicks = new ArrayList<>();
        for (Object item : list(root.get("clicks"))) {
            Map<String, Object> c = map(item);
            String decision = c.get("decision") == null ? "confirm" : text(c.get("decision"));
            if (!"confirm".equals(decision) && !"cancel".equals(decision)) {
                throw new IllegalArgumentException(file + ": clicks: decision must be confirm or cancel, found " + decision);
            }
            if (c.get("proposal") == null) {
                throw new IllegalArgumentException(file + ": clicks: proposal is missing (last, lookalike or an id)");
            }
            clicks.add(new Scenario.Click(text(c.get("proposal")), text(c.get("user")), text(c.get("conversation")), decision));
        }
        List<String> audit = strings(expect.get("audit"));
        for (String event : audit) {
            if (Arrays.stream(AuditEvent.values()).noneMatch(e -> e.name().equals(event))) {
                throw new IllegalArgumentException(file + ": expect.audit: unknown audit event " + event + "; one of "
                        + Arrays.toString(AuditEvent.values()));
            }
        }
        Map<String, Object> config = new LinkedHashMap<>();
        map(root.get("config")).forEach((key, value) -> config.put(key, value instanceof List<?> l ? strings(l) : text(value)));
        return new Scenario(folder, id, root.get("lang") == null ? "en" : text(root.get("lang")), question,
                strings(root.get("followups")), text(root.get("user")), (Boolean) safety, clicks, config,
                new Scenario.Expectations(strings(expect.get("root_cause")), strings(expect.get("tools")),
                        strings(expect.get("proposals")), strings(expect.get("never")), findings,
                        strings(expect.get("refusal")), audit));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(ScenarioLoader::text).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
