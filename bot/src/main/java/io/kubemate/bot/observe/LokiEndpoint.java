package io.kubemate.bot.observe;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * {@code kubemate.loki.<name>.*}: one Loki.
 *
 * @param tenant   sent as {@code X-Scope-OrgID} when set
 * @param maxRange the longest window a query may cover
 * @param maxBytes refuse a query whose index stats exceed this many bytes (0: no check)
 * @param maxLines the most lines one query may return
 */
@EachProperty("kubemate.loki")
public record LokiEndpoint(@Parameter String name, URI url, @Nullable String tenant,
                           @Bindable(defaultValue = "6h") Duration maxRange,
                           @Bindable(defaultValue = "1073741824") long maxBytes,
                           @Bindable(defaultValue = "5000") int maxLines,
                           @Bindable(defaultValue = "10s") Duration timeout) {
}
