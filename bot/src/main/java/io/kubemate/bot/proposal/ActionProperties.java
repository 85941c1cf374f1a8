package io.kubemate.bot.proposal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * {@code kubemate.actions.*}: how long a proposal may wait for its confirmation, and the guardrails that hold
 * for every action whoever asks.
 *
 * @param proposalTtl         time from the proposal to the last moment it can be confirmed
 * @param disabledNamespaces  namespaces (globs such as {@code kube-*}) where the bot proposes no change at all
 * @param maxReplicaChange    the largest change of replicas one {@code scale} may make, up or down
 */
@ConfigurationProperties("kubemate.actions")
public record ActionProperties(@Bindable(defaultValue = "5m") Duration proposalTtl,
                               @Bindable(defaultValue = "kube-system") List<String> disabledNamespaces,
                               @Bindable(defaultValue = "20") int maxReplicaChange) {
}
