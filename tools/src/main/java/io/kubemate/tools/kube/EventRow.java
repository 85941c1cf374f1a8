package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Event;

import java.time.Instant;

/** One Kubernetes event, flattened. {@code lastSeen} is null when the event carries no time. */
public record EventRow(String type, String reason, String objectKind, String objectName, String message,
                       int count, Instant lastSeen) {

    public static EventRow of(Event event) {
        var involved = event.getInvolvedObject();
        return new EventRow(
                event.getType() == null ? "Normal" : event.getType(),
                event.getReason(),
                involved == null ? "" : involved.getKind(),
                involved == null ? "" : involved.getName(),
                event.getMessage() == null ? "" : event.getMessage(),
                event.getCount() == null ? 1 : event.getCount(),
                lastSeen(event));
    }

    public boolean warning() {
        return "Warning".equals(type);
    }

    private static Instant lastSeen(Event event) {
        String[] candidates = {
                event.getLastTimestamp(),
                event.getEventTime() == null ? null : event.getEventTime().getTime(),
                event.getFirstTimestamp(),
                event.getMetadata() == null ? null : event.getMetadata().getCreationTimestamp()};
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return Instant.parse(candidate);
                } catch (java.time.format.DateTimeParseException ignored) {
                    // try the next field: some producers fill eventTime with micro-second formats
                }
            }
        }
        return null;
    }
}
