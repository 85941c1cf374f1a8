package io.kubemate.knowledge.runbook;

import java.util.Set;

/**
 * The names runbook blocks may use: read tools for {@code tool} blocks, actions for {@code action} blocks. The bot
 * passes its catalog's names in; this module knows no tool itself.
 */
public record ToolNames(Set<String> reads, Set<String> actions) {

    public ToolNames {
        reads = Set.copyOf(reads);
        actions = Set.copyOf(actions);
    }

    public boolean isRead(String name) {
        return reads.contains(name);
    }

    public boolean isAction(String name) {
        return actions.contains(name);
    }
}
