package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.inspect.Finding;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** States the likely cause of a workload's trouble in plain sentences, from what the diagnosis gathered. */
@Singleton
public final class CauseWriter {

    private static final Pattern ERROR_LINE = Pattern.compile(
            "(?i)(\\bfatal\\b|error\\b|exception\\b|\\bpanic|\\binvalid\\b|\\bfailed\\b|refused|denied|\\bcannot\\b|\\bunable\\b|not found)");
    static final int MAX_ERROR_LINES = 3;

    public List<String> causes(List<Pod> pods, List<Finding> findings, List<EventRow> warnings, PodLogs logs) {
        List<String> causes = new ArrayList<>();
        findings.stream().map(f -> "`" + f.name() + "`: " + f.problem()).distinct().limit(4).forEach(causes::add);
        if (logs != null) {
            List<String> errors = logs.lines().stream().filter(line -> ERROR_LINE.matcher(line).find()).toList();
            List<String> last = errors.subList(Math.max(0, errors.size() - MAX_ERROR_LINES), errors.size());
            if (!last.isEmpty()) {
                causes.add("the " + (logs.previous() ? "crashed" : "running") + " container `" + logs.container()
                        + "` logged: " + String.join(" / ", last.stream().map(l -> "`" + l.strip() + "`").toList()));
            }
        }
        if (findings.isEmpty()) {
            warnings.stream().limit(2).forEach(e -> causes.add("warning event " + e.reason() + " on " + e.objectName()
                    + ": " + e.message()));
        }
        if (causes.isEmpty()) {
            causes.add(pods.isEmpty() ? "no pods exist for it (scaled to zero, or its selector matches nothing)"
                    : "all " + pods.size() + " pods are running and ready, with no warning events");
        }
        return causes;
    }
}
