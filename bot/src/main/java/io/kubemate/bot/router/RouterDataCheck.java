package io.kubemate.bot.router;

import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The router's phrasings, examples and question reads are data keyed by tool name. As the service starts every name is checked
 * against the catalog: a name no tool has stops the start, naming the file and the line, instead of a phrasing that
 * silently routes nowhere. {@code serve} makes this bean once its cluster is ready (the catalog's tools need the
 * cluster, which a sandbox may still be building), so the server answers {@code /health} meanwhile.
 */
@Singleton
public final class RouterDataCheck {

    /** Names the router knows that are not tools: its built-in routes, and chat no tool answers. */
    private static final Set<String> NOT_TOOLS = Stream.concat(BuiltInRoutes.ALL.stream(), Stream.of(ExampleBook.NONE))
            .collect(Collectors.toUnmodifiableSet());

    public RouterDataCheck(ToolSpecs tools) {
        List<String> problems = new ArrayList<>();
        for (String resource : List.of(PhraseBook.RESOURCE, ExampleBook.RESOURCE, QuestionReads.RESOURCE)) {
            try (Reader yaml = read(resource)) {
                problems.addAll(unknown(tools, resource, yaml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /**
     * Each tool name in {@code yaml} that no spec has: phrases' {@code phrases[].tool}, the keys of examples'
     * {@code tools}, the keys of question reads' {@code reads} and their {@code read.tool} and {@code state.tool}.
     */
    static List<String> unknown(ToolSpecs tools, String file, Reader yaml) {
        Set<String> known = tools.all().stream().map(ToolSpec::name).collect(Collectors.toSet());
        Node root = new Yaml(new LoaderOptions()).compose(yaml);
        List<ScalarNode> names = new ArrayList<>();
        value(root, "phrases").filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast)
                .ifPresent(list -> list.getValue().forEach(entry -> value(entry, "tool")
                        .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).ifPresent(names::add)));
        value(root, "tools").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .ifPresent(map -> map.getValue().stream().map(NodeTuple::getKeyNode).filter(ScalarNode.class::isInstance)
                        .map(ScalarNode.class::cast).forEach(names::add));
        value(root, "reads").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .ifPresent(map -> map.getValue().forEach(change -> {
                    if (change.getKeyNode() instanceof ScalarNode key) {
                        names.add(key);
                    }
                    for (String which : List.of("read", "state")) {
                        value(change.getValueNode(), which).flatMap(read -> value(read, "tool"))
                                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).ifPresent(names::add);
                    }
                }));
        return names.stream().filter(name -> !known.contains(name.getValue()) && !NOT_TOOLS.contains(name.getValue()))
                .map(name -> file + " line " + (name.getStartMark().getLine() + 1) + ": no tool is named " + name.getValue())
                .toList();
    }

    private static Optional<Node> value(Node node, String key) {
        if (!(node instanceof MappingNode map)) {
            return Optional.empty();
        }
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode).findFirst();
    }

    private static Reader read(String resource) {
        InputStream in = RouterDataCheck.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException(resource + " is missing from the classpath (the prompts module)"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
