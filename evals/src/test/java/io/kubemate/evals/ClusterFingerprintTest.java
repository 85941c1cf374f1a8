package io.kubemate.evals;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterFingerprintTest {

    private static final Path PAYMENTS = Path.of("scenarios", "crashloop-payment");

    @Test
    void reads_alone_change_nothing_but_a_scale_a_restart_or_a_deleted_pod_are_seen() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(PAYMENTS.resolve("cluster"), PAYMENTS.resolve("podlogs"))) {
            ClusterFingerprint before = ClusterFingerprint.of(cluster);
            assertTrue(before.objects().keySet().stream().anyMatch(k -> k.startsWith("Deployment payments/")), before.objects().keySet().toString());
            assertEquals(List.of(), ClusterFingerprint.of(cluster).changesSince(before));

            String pod = cluster.as(Subject.ownCredentials(), client -> {
                client.apps().deployments().inNamespace("payments").withName("payment-api").scale(0);
                return client.pods().inNamespace("payments").list().getItems().getFirst().getMetadata().getName();
            });
            assertEquals(List.of("Deployment payments/payment-api changed"), ClusterFingerprint.of(cluster).changesSince(before));

            cluster.as(Subject.ownCredentials(), client -> client.pods().inNamespace("payments").withName(pod).delete());
            assertTrue(ClusterFingerprint.of(cluster).changesSince(before).contains("Pod payments/" + pod + " deleted"));
        }
    }
}
