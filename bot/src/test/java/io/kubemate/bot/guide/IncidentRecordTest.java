package io.kubemate.bot.guide;

import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.knowledge.runbook.Runbook;
import io.kubemate.knowledge.runbook.Step;
import io.kubemate.knowledge.runbook.StepKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changes from other threads join the incident record only on its namespace, while it ran, for a reader of that namespace. */
class IncidentRecordTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Runbook RUNBOOK = new Runbook("crashloop-backoff", "Pod in CrashLoopBackOff", "en", List.of(), List.of(),
            List.of(new Step(1, "Diagnose", StepKind.PROSE, null, Map.of(), Set.of(), 1)), "bundled:runbooks/en/crashloop-backoff.md");
    private static final GuidedRun RUN = new GuidedRun("crashloop-backoff", "en", "inc", "web:dev", START, Map.of("namespace", "payments"),
            0, GuidedRun.Status.RUNNING, List.of());

    private static AuditRecord executed(String conversation, String namespace, String at) {
        return new AuditRecord(1, at, AuditEvent.EXECUTED, "web:dev", "system:serviceaccount:kubemate-users:dev", "scale",
                Map.of("namespace", namespace, "workload", "payment-api", "replicas", 3), "replicas 2 → 3", "scaled", conversation,
                "", "", 2);
    }

    private static List<String> threads(List<AuditRecord> audit, boolean mayRead) {
        return IncidentRecord.of(RUN, RUNBOOK, List.of(), audit, namespace -> mayRead).timeline().stream()
                .map(Incident.Entry::thread).toList();
    }

    @Test
    void a_change_on_the_namespace_in_another_thread_during_the_run_is_included() {
        assertEquals(List.of("side"), threads(List.of(executed("side", "payments", "2026-12-03T10:05:00Z")), true));
    }

    @Test
    void other_namespaces_earlier_changes_and_readers_without_the_namespace_get_none() {
        List<AuditRecord> audit = List.of(executed("side", "cards", "2026-12-03T10:05:00Z"),
                executed("side", "payments", "2026-12-03T09:55:00Z"));
        assertEquals(List.of(), threads(audit, true));
        assertEquals(List.of(), threads(List.of(executed("side", "payments", "2026-12-03T10:05:00Z")), false));
    }
}
