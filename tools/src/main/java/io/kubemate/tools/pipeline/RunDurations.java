package io.kubemate.tools.pipeline;

import java.time.Duration;

/** Durations of runs as people read them: 45s, 6m12s, 1h05m. */
public final class RunDurations {

    private RunDurations() {
    }

    public static String of(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02ds", seconds % 60);
        }
        return seconds / 3600 + "h" + String.format("%02dm", seconds % 3600 / 60);
    }
}
