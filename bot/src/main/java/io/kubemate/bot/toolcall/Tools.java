package io.kubemate.bot.toolcall;

import io.kubemate.bot.metrics.MeteredReadTool;
import io.kubemate.tools.actions.Action;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one catalog of the bot's tools, built from the injected beans: read tools, actions and conversation tools,
 * each described by its own {@link ToolSpec}. Every read tool handed out is metered ({@link MeteredReadTool}),
 * whoever runs it. Two beans claiming one name stop the start.
 */
@Singleton
public final class Tools implements ToolSpecs {

    private final Map<String, ReadTool> reads;
    private final Map<String, Action> actions;
    private final List<ToolSpec> specs;

    public Tools(List<ReadTool> reads, List<Action> actions, List<ConversationTool> conversation, MeterRegistry registry) {
        this.reads = reads.stream().collect(Collectors.toUnmodifiableMap(ReadTool::name, tool -> new MeteredReadTool(tool, registry)));
        this.actions = actions.stream().collect(Collectors.toUnmodifiableMap(Action::name, Function.identity()));
        List<ToolSpec> all = new ArrayList<>();
        Stream.concat(reads.stream().map(ReadTool::spec), conversation.stream().map(ConversationTool::spec))
                .sorted(Comparator.comparing(ToolSpec::name)).forEach(all::add);
        actions.stream().map(Action::spec).sorted(Comparator.comparing(ToolSpec::name)).forEach(all::add);
        Set<String> seen = new HashSet<>();
        all.stream().filter(spec -> !seen.add(spec.name())).findFirst().ifPresent(spec -> {
            throw new IllegalStateException("two tools are named " + spec.name());
        });
        all.stream().filter(spec -> spec.undoes() != null && !seen.contains(spec.undoes())).findFirst().ifPresent(spec -> {
            throw new IllegalStateException(spec.name() + " undoes " + spec.undoes() + ", which this bot does not have");
        });
        this.specs = List.copyOf(all);
    }

    @Override
    public List<ToolSpec> all() {
        return specs;
    }

    public Optional<ReadTool> read(String name) {
        return Optional.ofNullable(reads.get(name));
    }

    public Optional<Action> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** The names a runbook's {@code tool} blocks may use: every tool that changes nothing. */
    public Set<String> readNames() {
        return specs.stream().filter(spec -> !spec.isAction()).map(ToolSpec::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The names a runbook's {@code action} blocks may use. */
    public Set<String> actionNames() {
        return actions.keySet();
    }
}
