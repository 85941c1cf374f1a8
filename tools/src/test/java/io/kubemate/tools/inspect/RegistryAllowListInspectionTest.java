package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryAllowListInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new RegistryAllowListInspection(List.of("harbor.example.com", "*.mirror.example.com"));
    }

    @Override
    String fixture() {
        return "registry-allowed";
    }

    @Test
    void an_empty_allow_list_checks_nothing() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/registry-allowed/found"), null)) {
            assertEquals(List.of(), new RegistryAllowListInspection(List.of()).inspect(new InspectionScope(cluster,
                    Subject.ownCredentials(), null, Fixtures.CLOCK.instant())));
        }
    }
}
