package io.kubemate.knowledge.runbook;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read tools and actions of design §6, read from {@code tool-catalog.yaml} beside this class. */
public record ToolNames(Set<String> reads, Set<String> actions) {

    public ToolNames {
        reads = Set.copyOf(reads);
        actions = Set.copyOf(actions);
    }

    public static ToolNames catalog() {
        try (InputStream in = ToolNames.class.getResourceAsStream("tool-catalog.yaml")) {
            if (in == null) {
                throw new IllegalStateException("tool-catalog.yaml is missing from the classpath");
            }
            Map<String, List<String>> lists = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ToolNames(Set.copyOf(lists.get("read")), Set.copyOf(lists.get("action")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRead(String name) {
        return reads.contains(name);
    }

    public boolean isAction(String name) {
        return actions.contains(name);
    }
}
