package io.kubemate.bot.canary;

import io.kubemate.bot.observe.Backends;
import io.kubemate.tools.canary.BackendMetrics;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.canary.CanaryMetricsReader;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.canary.CanaryReader;
import io.kubemate.tools.canary.CanaryState;
import io.kubemate.tools.canary.CanaryStatus;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The canary policy from configuration, and the metrics line that proposals moving a canary's traffic carry. */
@Factory
final class CanaryBeans {

    @Singleton
    CanaryPolicy policy(CanaryProperties properties) {
        return new CanaryPolicy(properties.ladder(), properties.stuckAfter(), properties.maxErrorRateDelta(), properties.maxP99Ratio(),
                properties.minRequestRate(), properties.window());
    }

    /**
     * Read for the canary's own namespace only: the proposer has already checked that the person holds the action's
     * permission there, and no other namespace's series can enter the query.
     */
    @Singleton
    CanaryHealth health(CanaryReader reader, Backends backends, Clock clock) {
        return (client, canary) -> {
            Outcome<PrometheusClient> prometheus = backends.prometheus(null);
            Optional<PrometheusClient> prometheusClient = prometheus instanceof Outcome.Ok<PrometheusClient> ok ? Optional.of(ok.value()) : Optional.empty();
            CanaryState state = reader.judge(client, canary, clock.instant(), prometheusClient, NamespaceScope.only(Set.of(canary.namespace())),
                    new CanaryMetricsReader(clock));
            if (state.canaryMetrics() == null && state.stable() == null) {
                return Optional.ofNullable(state.metricsNote()).map(note -> "no metrics (" + note + ")");
            }
            return Optional.of(line("stable", state.stable()) + "; " + line("canary", state.canaryMetrics()) + "; verdict "
                    + state.verdict().verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + String.join("; ", state.verdict().reasons()) + ")");
        };
    }

    private static String line(String role, BackendMetrics m) {
        return m == null ? role + " -" : role + " " + m.workload() + " success " + CanaryStatus.success(m) + ", p99 " + CanaryStatus.p99(m)
                + ", " + CanaryStatus.rate(m);
    }
}
