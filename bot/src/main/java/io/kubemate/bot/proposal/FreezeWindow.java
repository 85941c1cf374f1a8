package io.kubemate.bot.proposal;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * {@code kubemate.actions.freeze-windows.<name>.*}: a change freeze that starts on a schedule and lasts a while,
 * e.g. month-end settlement. No change is proposed or executed inside it.
 *
 * @param name       the window's name, shown in the refusal
 * @param cron       when the window starts: Micronaut cron with seconds first, e.g. {@code 0 0 18 28-31 * *}
 * @param duration   how long it lasts from each start
 * @param zone       the time zone of the cron expression; empty for the machine's
 * @param namespaces namespace globs it covers; empty for all
 * @param actions    actions it covers; empty for all
 */
@EachProperty("kubemate.actions.freeze-windows")
public record FreezeWindow(@Parameter String name, String cron, Duration duration, @Nullable String zone,
                           @Nullable List<String> namespaces, @Nullable List<String> actions) {
}
