package io.kubemate.bot.proposal;

import io.kubemate.tools.actions.ActionPlan;
import io.kubemate.tools.outcome.Reason;
import io.micronaut.scheduling.cron.CronExpression;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Rules from configuration that hold whoever asks: namespaces without changes, change-freeze windows, the
 * largest replica change, and which changes need a second person. Checked when a change is proposed and
 * again when it is confirmed, since a freeze may have started in between.
 */
@Singleton
public final class Guardrails {

    private final ActionProperties properties;
    private final List<FreezeWindow> freezes;
    private final List<FourEyesRule> fourEyes;

    public Guardrails(ActionProperties properties, List<FreezeWindow> freezes, List<FourEyesRule> fourEyes) {
        this.properties = properties;
        this.freezes = List.copyOf(freezes);
        this.fourEyes = List.copyOf(fourEyes);
    }

    /** Why this plan may not go ahead now, if it may not. */
    public Optional<Reason> refusal(ActionPlan plan, Instant now) {
        String namespace = namespaceOf(plan);
        if (namespace != null && properties.disabledNamespaces().stream().anyMatch(g -> NamespaceGlob.matches(g, namespace))) {
            return Optional.of(Reason.of("guard.disabled-namespace", namespace));
        }
        for (FreezeWindow freeze : freezes) {
            if (covers(freeze.actions(), plan.action()) && NamespaceGlob.covers(freeze.namespaces(), namespace)) {
                Optional<ZonedDateTime> started = startedWithin(freeze, now);
                if (started.isPresent()) {
                    return Optional.of(Reason.of("guard.freeze", freeze.name(), started.get().plus(freeze.duration()).toInstant()));
                }
            }
        }
        if (plan.args().get("replicas") instanceof Number wanted && plan.current().get("replicas") instanceof Number current) {
            int change = Math.abs(wanted.intValue() - current.intValue());
            if (change > properties.maxReplicaChange()) {
                return Optional.of(Reason.of("guard.replica-step", change, properties.maxReplicaChange()));
            }
        }
        return Optional.empty();
    }

    /** The four-eyes rule that covers this change, if any. */
    public Optional<String> fourEyesRule(String action, String namespace) {
        return fourEyes.stream().filter(r -> covers(r.actions(), action) && NamespaceGlob.covers(r.namespaces(), namespace))
                .map(FourEyesRule::name).findFirst();
    }

    /** The start of the window's current occurrence, when {@code now} lies inside one. */
    private static Optional<ZonedDateTime> startedWithin(FreezeWindow freeze, Instant now) {
        ZoneId zone = freeze.zone() == null || freeze.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(freeze.zone());
        ZonedDateTime at = now.atZone(zone);
        ZonedDateTime start = CronExpression.create(freeze.cron()).nextTimeAfter(at.minus(freeze.duration()).minusSeconds(1));
        return start != null && !start.isAfter(at) ? Optional.of(start) : Optional.empty();
    }

    private static boolean covers(List<String> names, String name) {
        return names == null || names.isEmpty() || names.contains(name);
    }

    static String namespaceOf(ActionPlan plan) {
        Object namespace = plan.args().get("namespace");
        return namespace == null ? null : namespace.toString();
    }
}
