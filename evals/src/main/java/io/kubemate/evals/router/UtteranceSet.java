package io.kubemate.evals.router;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads {@code evals/router/utterances.yaml}. */
public final class UtteranceSet {

    private UtteranceSet() {
    }

    @SuppressWarnings("unchecked")
    public static List<LabeledUtterance> load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<Map<String, Object>>) root.get("utterances")).stream()
                    .map(u -> new LabeledUtterance((String) u.get("lang"), (String) u.get("text"), (String) u.get("tool"),
                            (Map<String, Object>) u.get("args"), Boolean.TRUE.equals(u.get("ask")),
                            Boolean.TRUE.equals(u.get("question"))))
                    .toList();
        }
    }
}
