package io.kubemate.bot.chat;

import io.kubemate.bot.inspect.TrackedReport;
import io.kubemate.bot.toolcall.InspectAnswer;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.report.Reportable;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buttons under an inspection ("what's wrong in payments?"): the unhealthy objects, most urgent first, each
 * one click from its diagnosis. Hygiene (info) findings get none; a click sends {@code /diagnose} like typing it.
 */
final class TriageChoices {

    static final int MAX = 5;
    private static final Set<String> DIAGNOSABLE = Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
            "CronJob", "Service", "Node", "PersistentVolumeClaim");

    private TriageChoices() {
    }

    static List<Map<String, String>> of(Reportable result) {
        InspectionReport report = switch (result) {
            case InspectionReport plain -> plain;
            case TrackedReport tracked -> tracked.report();
            case InspectAnswer answer -> answer.tracked().report();
            default -> null;
        };
        if (report == null) {
            return List.of();
        }
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO && f.name() != null && DIAGNOSABLE.contains(f.kind()))
                .sorted(Comparator.comparing(Finding::severity))
                .forEach(f -> {
                    String command = "/diagnose " + f.name() + (f.namespace() == null || f.namespace().isBlank() ? "" : " -n " + f.namespace());
                    choices.putIfAbsent(command, Map.of("label", f.kind() + " " + f.name() + " · " + f.check(), "text", command));
                });
        return choices.values().stream().limit(MAX).toList();
    }
}
