package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Event;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same warning repeating on the same object: a hot spot worth a look even when nothing else fires. */
@Singleton
public final class EventHotspotInspection implements Inspection {

    static final int THRESHOLD = 10;

    private record Key(String namespace, String kind, String name, String reason) {
    }

    private final Redactor redactor;

    public EventHotspotInspection(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public String id() {
        return "event-hotspot";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        Map<Key, String> messages = new LinkedHashMap<>();
        for (Event event : scope.events()) {
            if (!"Warning".equals(event.getType()) || event.getInvolvedObject() == null) {
                continue;
            }
            String ns = event.getInvolvedObject().getNamespace();
            Key key = new Key(ns == null || ns.isEmpty() ? null : ns, event.getInvolvedObject().getKind(),
                    event.getInvolvedObject().getName(), event.getReason());
            counts.merge(key, event.getCount() == null ? 1 : event.getCount(), Integer::sum);
            messages.put(key, event.getMessage());
        }
        List<Finding> findings = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count >= THRESHOLD) {
                findings.add(new Finding(Severity.WARNING, "event-hotspot-" + key.reason(), key.kind(), key.namespace(), key.name(),
                        Reason.of("finding.event-hotspot", key.reason(), count),
                        List.of(redactor.redact(String.valueOf(messages.get(key)))), null));
            }
        });
        return findings;
    }
}
