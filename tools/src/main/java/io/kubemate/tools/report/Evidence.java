package io.kubemate.tools.report;

import java.util.List;

/** One piece of evidence: where it comes from and the lines that show it, already redacted. */
public record Evidence(String title, String source, List<String> lines) {

    public Evidence {
        lines = List.copyOf(lines);
    }
}
