package io.kubemate.bot.observe;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/** {@code kubemate.jaeger.<name>.*}: one Jaeger query service. */
@EachProperty("kubemate.jaeger")
public record JaegerEndpoint(@Parameter String name, URI url, @Bindable(defaultValue = "10s") Duration timeout) {
}
