package io.kubemate.bot.state;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.redis.*}: where shared state lives. Without a URI the bot runs single-instance in memory.
 *
 * @param uri       e.g. {@code redis://:password@redis:6379/0}; empty for in-memory state
 * @param keyPrefix prefix of every key, so several bots can share one Redis
 * @param timeout   per-command timeout
 */
@ConfigurationProperties("kubemate.redis")
public record StateProperties(@Nullable String uri,
                              @Bindable(defaultValue = "kubemate:") String keyPrefix,
                              @Bindable(defaultValue = "5s") Duration timeout) {
}
