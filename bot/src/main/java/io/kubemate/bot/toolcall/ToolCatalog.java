package io.kubemate.bot.toolcall;

import io.kubemate.bot.metrics.MeteredReadTool;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tools the bot can run, found by injection, and the names of the actions of design §6. Every read tool
 * handed out is metered ({@link MeteredReadTool}), whoever runs it.
 */
@Singleton
public final class ToolCatalog {

    /** Mutating actions: never run from here; they become proposals once the confirmation flow exists. */
    public static final Set<String> ACTIONS = Set.of("scale", "rollout_restart", "rollback", "set_resources", "cordon",
            "uncordon", "delete_pod", "suspend_cronjob", "resume_cronjob", "silence_alert", "expire_silence");

    private final Map<String, ReadTool> reads;

    public ToolCatalog(List<ReadTool> tools, MeterRegistry registry) {
        this.reads = tools.stream().collect(Collectors.toUnmodifiableMap(ReadTool::name,
                tool -> new MeteredReadTool(tool, registry)));
    }

    public Optional<ReadTool> read(String name) {
        return Optional.ofNullable(reads.get(name));
    }

    public Set<String> readNames() {
        return reads.keySet();
    }

    public boolean isAction(String name) {
        return ACTIONS.contains(name);
    }
}
