package io.kubemate.bot.router;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.router.*}: the free-text router without a language model.
 *
 * @param minConfidence a free-text message whose nearest example is at least this similar (cosine) is routed
 *                      to that example's tool
 * @param askBand       below {@code minConfidence} by at most this much, the router asks which of the two
 *                      likeliest tools was meant; further below, it says it did not understand
 */
@ConfigurationProperties("kubemate.router")
public record RouterProperties(
        @Bindable(defaultValue = "0.7") double minConfidence,
        @Bindable(defaultValue = "0.1") double askBand) {
}
