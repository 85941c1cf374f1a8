package io.kubemate.tools.report;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Ages the way kubectl shows them: 45s, 12m, 3h, 5d. */
public final class Ages {

    private Ages() {
    }

    public static String since(String timestamp, Instant now) {
        if (timestamp == null || timestamp.isBlank()) {
            return "?";
        }
        try {
            return of(Duration.between(Instant.parse(timestamp), now));
        } catch (DateTimeParseException e) {
            return "?";
        }
    }

    public static String of(Duration age) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + "m";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + "h";
        }
        return seconds / 86400 + "d";
    }
}
