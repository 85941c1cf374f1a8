package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** etcd's database against its quota per member, and the snapshot CronJob's last success against its schedule. */
class EtcdInspectionTest {

    private final RecordedPrometheus prometheus = new RecordedPrometheus();

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private List<Finding> inspect(String namespace) throws Exception {
        prometheus.answer(EtcdInspection.DB_SIZE, Files.readString(Fixtures.resource("inspect/etcd/prometheus/db-size.json")))
                .answer(EtcdInspection.QUOTA, Files.readString(Fixtures.resource("inspect/etcd/prometheus/quota.json")));
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/etcd"), null)) {
            return new EtcdInspection(() -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void flags_members_near_and_at_their_quota_and_the_overdue_snapshot_only() throws Exception {
        List<Finding> findings = inspect(null);
        assertEquals(List.of("etcd-quota 10.20.0.11:2379 WARNING", "etcd-quota 10.20.0.13:2379 CRITICAL",
                        "etcd-snapshot-overdue etcd-snapshot WARNING"),
                findings.stream().map(f -> f.check() + " " + f.name() + " " + f.severity()).sorted().toList());
        Finding near = findings.stream().filter(f -> f.name().equals("10.20.0.11:2379")).findFirst().orElseThrow();
        assertTrue(near.problem().startsWith("the etcd database uses 85% of its 2048 MiB quota"), near.problem());
        assertEquals(RunbookIds.ETCD, near.runbook());
        assertTrue(near.fix().contains("--endpoints=https://10.20.0.11:2379") && near.fix().endsWith("endpoint status --write-out=table"),
                near.fix());
        Finding snapshot = findings.stream().filter(f -> f.check().equals("etcd-snapshot-overdue")).findFirst().orElseThrow();
        assertTrue(snapshot.problem().contains("20 days ago") || snapshot.problem().contains("20d"), snapshot.problem());
        assertEquals("kubectl -n kube-system create job --from=cronjob/etcd-snapshot etcd-snapshot-manual", snapshot.fix());
    }

    @Test
    void a_namespace_inspection_does_not_judge_the_control_plane() throws Exception {
        assertEquals(List.of(), inspect("kube-system"));
    }

    @Test
    void without_prometheus_only_the_snapshot_is_judged() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/etcd"), null)) {
            List<Finding> findings = new EtcdInspection(() -> Outcome.noData("no Prometheus is configured"))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), null, Fixtures.CLOCK.instant()));
            assertEquals(List.of("etcd-snapshot-overdue"), findings.stream().map(Finding::check).toList());
        }
    }
}
