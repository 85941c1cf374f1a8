package io.kubemate.bot.backends;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code kubemate.alertmanager.<name>.*}: one Alertmanager (API v2), e.g. one per cluster.
 *
 * @param name    the endpoint's name, as tools and actions refer to it
 * @param url     its base URL, e.g. {@code http://alertmanager.monitoring:9093}
 * @param timeout one call
 */
@EachProperty("kubemate.alertmanager")
public record AlertmanagerEndpoint(@Parameter String name, URI url, @Bindable(defaultValue = "10s") Duration timeout) {
}
