package io.kubemate.bot.observe;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.tools.*}: limits shared by the observability tools.
 *
 * @param tokenBudget      approximate tokens one tool result may take
 * @param metricsMaxRange  the longest window of a range query
 * @param metricShortcuts  a YAML file of metrics shortcut templates replacing the bundled
 *                         {@code prompts/metrics/shortcuts.yaml}; null for the bundled one
 */
@ConfigurationProperties("kubemate.tools")
public record ToolsProperties(@Bindable(defaultValue = "1500") int tokenBudget,
                              @Bindable(defaultValue = "7d") Duration metricsMaxRange,
                              @Nullable String metricShortcuts) {

    public ToolsProperties(int tokenBudget, Duration metricsMaxRange) {
        this(tokenBudget, metricsMaxRange, null);
    }
}
