package io.kubemate.bot.proposal;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * {@code kubemate.actions.four-eyes.<name>.*}: changes that a second person holding {@code actions.approve} must
 * confirm; the requester cannot confirm them alone.
 *
 * @param name       the rule's name, shown on the proposal
 * @param actions    actions it covers; empty for all
 * @param namespaces namespace globs it covers (e.g. {@code prod-*}); empty for all
 */
@EachProperty("kubemate.actions.four-eyes")
public record FourEyesRule(@Parameter String name, @Nullable List<String> actions, @Nullable List<String> namespaces) {
}
