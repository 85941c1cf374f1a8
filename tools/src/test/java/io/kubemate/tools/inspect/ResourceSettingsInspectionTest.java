package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResourceSettingsInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ResourceSettingsInspection();
    }

    @Override
    String fixture() {
        return "resources";
    }

    @Test
    void pods_of_an_operators_object_give_one_finding_for_that_object() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/operator-owned"), null)) {
            List<Finding> findings = new ResourceSettingsInspection().inspect(new InspectionScope(cluster, Subject.ownCredentials(), null,
                    Fixtures.CLOCK.instant()));
            assertEquals(List.of("StrimziPodSet mq/kafka-prod-kafka resources-kafka"),
                    findings.stream().map(f -> f.kind() + " " + f.namespace() + "/" + f.name() + " " + f.check()).toList());
        }
    }
}
