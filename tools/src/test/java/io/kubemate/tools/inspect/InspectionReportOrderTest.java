package io.kubemate.tools.inspect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InspectionReportOrderTest {

    private static Finding finding(Severity severity, String check, String kind, String namespace, String name) {
        return new Finding(severity, check, kind, namespace, name, "problem", List.of(), null, null, null, List.of());
    }

    @Test
    void findings_come_in_one_order_whatever_order_the_analyzers_ran_in() {
        List<Finding> findings = List.of(
                finding(Severity.WARNING, "service-not-ready", "Service", "payments", "payment-api"),
                finding(Severity.WARNING, "deployment-replicas", "Deployment", "payments", "payment-api"),
                finding(Severity.CRITICAL, "pod-crashloop", "Pod", "payments", "payment-api-1"),
                finding(Severity.WARNING, "no-security-context", "Deployment", "payments", "payment-api"),
                finding(Severity.INFO, "namespace-no-networkpolicy", "Namespace", null, "payments"));
        List<Finding> reversed = new ArrayList<>(findings);
        java.util.Collections.reverse(reversed);

        List<String> order = new InspectionReport(null, findings).findings().stream().map(Finding::check).toList();

        assertEquals(order, new InspectionReport(null, reversed).findings().stream().map(Finding::check).toList());
        assertEquals(List.of("pod-crashloop", "deployment-replicas", "no-security-context", "service-not-ready",
                "namespace-no-networkpolicy"), order);
    }
}
