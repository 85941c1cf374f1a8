package io.kubemate.bot.router;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The example utterances of each tool, in English and Chinese, from {@code prompts/router/examples.yaml}. */
public record ExampleBook(List<Example> examples) {

    public static final String RESOURCE = "prompts/router/examples.yaml";
    /** The examples of chat no tool answers ("tell me a joke"): a message nearest to them is not understood. */
    public static final String NONE = "none";

    public record Example(String tool, String text) {
    }

    public ExampleBook {
        examples = List.copyOf(examples);
    }

    @SuppressWarnings("unchecked")
    public static ExampleBook load() {
        try (InputStream in = ExampleBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (the prompts module)");
            }
            Map<String, Map<String, List<String>>> tools = (Map<String, Map<String, List<String>>>)
                    new Yaml(new SafeConstructor(new LoaderOptions())).<Map<String, Object>>load(in).get("tools");
            List<Example> examples = new ArrayList<>();
            tools.forEach((tool, byLanguage) -> byLanguage.values()
                    .forEach(texts -> texts.forEach(text -> examples.add(new Example(tool, text)))));
            return new ExampleBook(examples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> tools() {
        return examples.stream().map(Example::tool).distinct().toList();
    }
}
