package io.kubemate.tools.kube;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.util.List;

/** The result of {@code pod_logs}: the last lines of one container, already redacted. */
public record PodLogs(String namespace, String pod, String container, boolean previous, List<String> lines)
        implements Reportable {

    public PodLogs {
        lines = List.copyOf(lines);
    }

    public String title() {
        return (previous ? "Previous logs" : "Logs") + " of " + namespace + "/" + pod + " (container " + container + ")";
    }

    @Override
    public String markdown() {
        return "**" + title() + "**, last " + lines.size() + " lines\n\n" + Untrusted.block("", lines);
    }

    @Override
    public List<Evidence> evidence() {
        return List.of(new Evidence(title(), "pod_logs", lines));
    }
}
