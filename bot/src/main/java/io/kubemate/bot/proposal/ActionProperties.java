package io.kubemate.bot.proposal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.actions.*}: how long a proposal may wait for its confirmation.
 *
 * @param proposalTtl time from the proposal to the last moment it can be confirmed
 */
@ConfigurationProperties("kubemate.actions")
public record ActionProperties(@Bindable(defaultValue = "5m") Duration proposalTtl) {
}
