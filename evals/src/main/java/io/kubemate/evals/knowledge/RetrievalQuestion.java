package io.kubemate.evals.knowledge;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One question of {@code evals/knowledge/questions.yaml}: its language and the documents that answer it. */
public record RetrievalQuestion(String q, String lang, List<String> expect) {

    public RetrievalQuestion {
        expect = List.copyOf(expect);
    }

    @SuppressWarnings("unchecked")
    public static List<RetrievalQuestion> load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<RetrievalQuestion> questions = new ArrayList<>();
            for (Map<String, Object> item : items) {
                Object expect = item.get("expect");
                List<String> ids = expect instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(expect));
                questions.add(new RetrievalQuestion(String.valueOf(item.get("q")), String.valueOf(item.get("lang")), ids));
            }
            return questions;
        }
    }
}
