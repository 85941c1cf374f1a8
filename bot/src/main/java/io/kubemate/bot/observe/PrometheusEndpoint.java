package io.kubemate.bot.observe;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code kubemate.prometheus.<name>.*}: one Prometheus or Thanos Querier.
 *
 * @param url     the base URL, e.g. {@code http://thanos-query.monitoring:9090}
 * @param dedup   send {@code dedup=true} (Thanos Querier)
 * @param timeout per-call timeout
 */
@EachProperty("kubemate.prometheus")
public record PrometheusEndpoint(@Parameter String name, URI url, @Bindable(defaultValue = "false") boolean dedup,
                                 @Bindable(defaultValue = "10s") Duration timeout) {
}
