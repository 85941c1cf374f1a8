package io.kubemate.tools.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The last build of a Jenkins job ({@code /job/<name>/lastBuild/api/json}): its number, result ({@code SUCCESS},
 * {@code FAILURE}, {@code UNSTABLE}, {@code ABORTED}, or {@code BUILDING} while it runs), start, duration, and the
 * redacted tail of its console.
 */
public record JenkinsBuild(String job, int number, String result, Instant started, Duration duration, List<String> consoleTail) {

    public JenkinsBuild {
        consoleTail = List.copyOf(consoleTail);
    }

    public boolean failed() {
        return "FAILURE".equals(result) || "UNSTABLE".equals(result);
    }
}
