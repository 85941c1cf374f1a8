package io.kubemate.tools.backup;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupReaderTest {

    private static final ReadAccess LOANS_ONLY = code -> NamespaceScope.only(Set.of("loans"));

    private static ClusterAccess cluster;
    private static BackupReader reader;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/backups"), null);
        reader = new BackupReader(cluster, new Redactor(), Fixtures.CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static BackupStatus ok(Outcome<BackupStatus> outcome) {
        return assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value() instanceof BackupStatus s ? s : null;
    }

    private static List<String> names(BackupStatus status) {
        return status.schedules().stream().map(s -> s.schedule().name()).toList();
    }

    @Test
    void a_namespace_shows_every_schedule_that_backs_it_up_with_the_last_success_and_its_age() {
        BackupStatus status = ok(reader.status(Subject.ownCredentials(), ReadAccess.ALL, "loans"));
        assertEquals(Set.of("loans-12h", "core-banking", "full-cluster"), Set.copyOf(names(status)));
        ScheduleState loans = status.schedules().stream().filter(s -> s.schedule().name().equals("loans-12h")).findFirst().orElseThrow();
        assertEquals("loans-12h-20261121000000", loans.lastSuccess().name());
        assertEquals(ScheduleState.Verdict.OVERDUE, loans.verdict());
        assertTrue(status.markdown().contains("loans-12h-20261121000000, 2d ago (period 12h)"), status.markdown());
        assertEquals(List.of("loans-restore-drill"), status.restores().stream().map(VeleroRestore::name).toList());
    }

    @Test
    void a_partially_failed_backup_is_shown_first_with_its_counts_and_its_reason_redacted() {
        BackupStatus status = ok(reader.status(Subject.ownCredentials(), ReadAccess.ALL, null));
        ScheduleState first = status.schedules().getFirst();
        assertEquals("cards-daily", first.schedule().name());
        assertEquals(ScheduleState.Verdict.FAILED, first.verdict());
        assertEquals(3, first.last().errors());
        assertEquals(12, first.last().warnings());
        assertFalse(status.markdown().contains("hunter2secret"), status.markdown());
        assertFalse(status.evidence().toString().contains("hunter2secret"), status.evidence().toString());
    }

    @Test
    void a_schedule_is_shown_only_to_someone_who_may_read_every_namespace_it_covers() {
        BackupStatus status = ok(reader.status(Subject.ownCredentials(), LOANS_ONLY, null));
        assertEquals(List.of("loans-12h"), names(status));
        assertEquals(List.of("loans-restore-drill"), status.restores().stream().map(VeleroRestore::name).toList());
    }

    @Test
    void another_namespace_or_a_hidden_schedule_is_refused_without_saying_whether_it_exists() {
        var cards = assertInstanceOf(Outcome.Forbidden.class, reader.status(Subject.ownCredentials(), LOANS_ONLY, "cards"));
        var hidden = assertInstanceOf(Outcome.Forbidden.class, reader.status(Subject.ownCredentials(), LOANS_ONLY, "core-banking"));
        var absent = assertInstanceOf(Outcome.Forbidden.class, reader.status(Subject.ownCredentials(), LOANS_ONLY, "no-such-thing"));
        assertEquals("your Kubemate roles do not grant workloads.read in namespace cards", cards.reason());
        assertEquals(hidden.reason().replace("core-banking", "X"), absent.reason().replace("no-such-thing", "X"));
    }

    @Test
    void a_schedule_can_be_asked_for_by_name() {
        BackupStatus status = ok(reader.status(Subject.ownCredentials(), ReadAccess.ALL, "cards-daily"));
        assertEquals(List.of("cards-daily"), names(status));
    }

    @Test
    void a_bad_name_is_refused_before_any_call() {
        assertInstanceOf(Outcome.Failure.class, reader.status(Subject.ownCredentials(), ReadAccess.ALL, "../velero"));
    }

    @Test
    void the_velero_objects_are_read_as_the_person() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(false);
        server.init();
        String empty = "{\"apiVersion\":\"velero.io/v1\",\"kind\":\"List\",\"items\":[]}";
        for (String plural : List.of("schedules", "backups", "restores")) {
            server.expect().get().withPath("/apis/velero.io/v1/" + plural).andReturn(200, empty).once();
        }
        try (ClusterAccess mock = ClusterAccess.of(server.createClient(), "mock", "mock")) {
            var outcome = new BackupReader(mock, new Redactor(), Fixtures.CLOCK)
                    .status(Subject.serviceAccount("kubemate-users", "u-zhangsan"), ReadAccess.ALL, null);
            assertInstanceOf(Outcome.NoData.class, outcome);
            assertEquals("system:serviceaccount:kubemate-users:u-zhangsan",
                    server.takeRequest(5, TimeUnit.SECONDS).getHeader("Impersonate-User"));
        } finally {
            server.destroy();
        }
    }
}
