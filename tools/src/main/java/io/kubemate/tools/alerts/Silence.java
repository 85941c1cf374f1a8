package io.kubemate.tools.alerts;

import java.time.Instant;
import java.util.List;

/** A silence as Alertmanager API v2 returns it ({@code gettableSilence}); {@code status.state} is active, pending or expired. */
public record Silence(String id, Status status, List<Matcher> matchers, Instant startsAt, Instant endsAt,
                      String createdBy, String comment, Instant updatedAt) {

    public Silence {
        matchers = matchers == null ? List.of() : List.copyOf(matchers);
    }

    public record Status(String state) {
    }

    public String state() {
        return status == null ? "?" : status.state();
    }
}
