package io.kubemate.bot.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.kubernetes.*}: how the bot reaches the cluster named by its kubeconfig (or in-cluster
 * service account).
 *
 * @param requestTimeout timeout of one API request
 * @param connectTimeout timeout to open a connection
 * @param clusterName    the cluster's name in findings and fingerprints (default: the kubeconfig context's name)
 */
@ConfigurationProperties("kubemate.kubernetes")
public record KubernetesProperties(@Bindable(defaultValue = "10s") Duration requestTimeout,
                                   @Bindable(defaultValue = "5s") Duration connectTimeout,
                                   @Nullable String clusterName) {
}
