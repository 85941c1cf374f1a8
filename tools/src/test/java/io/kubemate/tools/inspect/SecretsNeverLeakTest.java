package io.kubemate.tools.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Secret;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.ManifestLoader;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every analyzer over every fixture: no Secret value, encoded or decoded, appears in any finding. */
class SecretsNeverLeakTest {

    private static final Redactor REDACTOR = new Redactor();

    private static List<Inspection> everyAnalyzer() {
        return List.of(new PodInspection(REDACTOR), new DeploymentInspection(), new ReplicaSetInspection(), new StatefulSetInspection(),
                new DaemonSetInspection(), new JobInspection(), new JobDurationInspection(), new CronJobInspection(), new ServiceInspection(), new IngressInspection(),
                new GatewayRouteInspection(), new NetworkPolicyInspection(), new PersistentVolumeClaimInspection(),
                new PersistentVolumeInspection(), new StorageClassInspection(), new NodeInspection(),
                new HorizontalPodAutoscalerInspection(), new PodDisruptionBudgetInspection(), new ResourceQuotaInspection(),
                new WebhookInspection(), new CertificateInspection(), new EventHotspotInspection(REDACTOR), new ImageTagInspection(),
                new ResourceSettingsInspection(), new SecurityContextInspection(), new DefaultServiceAccountInspection(),
                new NamespaceIsolationInspection(), new RbacWildcardInspection(), new ConfigMapInspection());
    }

    @Test
    void no_secret_value_appears_in_any_finding() throws Exception {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(Fixtures.resource("inspect"))) {
            folders = new ArrayList<>(walk.filter(p -> p.getFileName().toString().equals("found")
                    || p.getFileName().toString().equals("near-miss")).toList());
        }
        folders.add(Fixtures.resource("clusters/pods"));
        ObjectMapper json = new ObjectMapper();
        int secretsSeen = 0;
        for (Path folder : folders) {
            List<String> values = secretValues(folder);
            secretsSeen += values.size();
            try (ClusterAccess cluster = SandboxCluster.start(folder, null)) {
                var outcome = new InspectionRunner(cluster, everyAnalyzer(), Fixtures.CLOCK).run(Subject.ownCredentials(), null);
                String text = json.writeValueAsString(((Outcome.Ok<InspectionReport>) outcome).value().findings())
                        + ((Outcome.Ok<InspectionReport>) outcome).value().markdown();
                for (String value : values) {
                    assertFalse(text.contains(value), folder + ": a Secret value reached a finding");
                }
            }
        }
        assertTrue(secretsSeen >= 6, "the fixtures should hold Secrets to check, found values: " + secretsSeen);
    }

    private static List<String> secretValues(Path folder) throws Exception {
        List<String> values = new ArrayList<>();
        for (var object : new ManifestLoader().load(folder)) {
            if (object instanceof Secret secret && secret.getData() != null) {
                secret.getData().values().stream().filter(v -> v != null && v.length() >= 8).forEach(v -> {
                    values.add(v);
                    String decoded = new String(Base64.getMimeDecoder().decode(v), StandardCharsets.UTF_8);
                    values.add(decoded.length() > 40 ? decoded.substring(20, 40) : decoded);
                });
            }
        }
        return values;
    }
}
