package io.kubemate.bot.inspect;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.inspection.ai-probe.*}: how the whole-cluster inspection checks the bot's own model server and
 * vector store.
 *
 * @param timeout connecting and answering, per probe; short, so that an absent backend slows no inspection
 */
@ConfigurationProperties("kubemate.inspection.ai-probe")
public record AiProbeProperties(@Bindable(defaultValue = "3s") Duration timeout) {
}
