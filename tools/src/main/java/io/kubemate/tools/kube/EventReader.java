package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code k8s_events}: the events of a namespace, or of the named objects in it, warnings first. */
@Singleton
public final class EventReader {

    static final int MAX_ROWS = 30;

    private final ClusterAccess cluster;
    private final Redactor redactor;
    private final Clock clock;

    public EventReader(ClusterAccess cluster, Redactor redactor, Clock clock) {
        this.cluster = cluster;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome<EventList> events(Subject subject, ReadAccess access, String namespace, String objectName) {
        if (namespace == null || namespace.isBlank()) {
            return Outcome.badRequest(Reason.of("events.namespace-missing"));
        }
        Set<String> names = objectName == null ? Set.of() : Set.of(objectName);
        return KubeCall.run("list events in " + namespace, KubeNames.of("namespace", namespace, "name", objectName), () -> {
            Optional<Outcome<EventList>> refused = ReadPermissions.refusal(access, ReadPermissions.WORKLOADS, namespace);
            if (refused.isPresent()) {
                return refused.get();
            }
            List<Event> events = cluster.as(subject, client -> client.v1().events().inNamespace(namespace).list().getItems());
            List<EventRow> rows = matching(events, names);
            if (rows.isEmpty()) {
                return Outcome.noData(objectName == null ? Reason.of("events.none", namespace)
                        : Reason.of("events.none-for", objectName, namespace));
            }
            List<EventRow> shown = rows.stream().limit(MAX_ROWS).toList();
            return Outcome.ok(new EventList(namespace, objectName, shown, rows.size() - shown.size(), clock.instant()));
        });
    }

    /** Events whose involved object is one of {@code names} (all when empty), redacted, warnings then newest first. */
    public List<EventRow> matching(List<Event> events, Set<String> names) {
        return events.stream()
                .filter(e -> names.isEmpty() || (e.getInvolvedObject() != null && names.contains(e.getInvolvedObject().getName())))
                .map(EventRow::of)
                .map(row -> new EventRow(row.type(), row.reason(), row.objectKind(), row.objectName(),
                        redactor.redact(row.message()), row.count(), row.lastSeen()))
                .sorted(Comparator.comparing(EventRow::warning).reversed()
                        .thenComparing(EventRow::lastSeen, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                .toList();
    }
}
