package io.kubemate.tools.kube;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.util.ArrayList;
import java.util.List;

/** The result of {@code k8s_describe}: the object's spec and status (redacted, trimmed) and its events. */
public record ObjectDescription(ResourceKind kind, String namespace, String name, List<String> yaml, int omittedLines,
                                EventList events) implements Reportable {

    public ObjectDescription {
        yaml = List.copyOf(yaml);
    }

    public String title() {
        return kind.label() + " " + (namespace == null ? "" : namespace + "/") + name;
    }

    @Override
    public String markdown() {
        StringBuilder out = new StringBuilder("**").append(title()).append("**\n\n")
                .append(Untrusted.block("yaml", yaml));
        if (omittedLines > 0) {
            out.append("(").append(omittedLines).append(" more lines not shown)\n");
        }
        if (events != null) {
            out.append('\n').append(events.markdown());
        }
        return out.toString();
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(title(), "k8s_describe", yaml));
        return evidence;
    }
}
