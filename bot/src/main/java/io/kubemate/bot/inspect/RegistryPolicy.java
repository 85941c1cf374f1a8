package io.kubemate.bot.inspect;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * {@code kubemate.inspection.registry.*}: what the inspection asks of the images that run.
 *
 * @param allowed     registry hosts images may come from ({@code *.example.com} allows its subdomains); empty: not checked
 * @param maxImageAge an image of a configured registry pushed longer ago than this is reported; 0 turns it off
 * @param maxLookups  at most this many images are looked up in the registries per run
 */
@ConfigurationProperties("kubemate.inspection.registry")
public record RegistryPolicy(@Nullable List<String> allowed, @Bindable(defaultValue = "180d") Duration maxImageAge,
                             @Bindable(defaultValue = "50") int maxLookups) {
}
