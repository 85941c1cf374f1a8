package io.kubemate.bot.deadline;

import io.kubemate.tools.http.CallDeadline;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Clock;
import java.time.Duration;

/**
 * {@code kubemate.chat.*}: how long one chat turn may wait for backends, all of them together.
 *
 * @param turnDeadline from the moment a message is taken until every backend call of its answer must be done
 *                     (Prometheus, Loki, Alertmanager, Jaeger); a per-backend {@code timeout} only ever shortens it
 */
@ConfigurationProperties("kubemate.chat")
public record TurnDeadline(@Bindable(defaultValue = "10s") Duration turnDeadline) {

    /** The turn's deadline, in force on this thread until the scope is closed. */
    public CallDeadline.Scope start(Clock clock) {
        return CallDeadline.until(clock.instant().plus(turnDeadline));
    }
}
