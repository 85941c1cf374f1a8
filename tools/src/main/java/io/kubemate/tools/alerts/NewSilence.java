package io.kubemate.tools.alerts;

import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/v2/silences} ({@code postableSilence}). */
public record NewSilence(List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment) {

    public NewSilence {
        matchers = List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts");
        }
    }
}
