package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayRouteInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new GatewayRouteInspection();
    }

    @Override
    String fixture() {
        return "gateway";
    }

    private static List<Finding> inspect(String folder, String namespace) throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource(folder), null)) {
            return new GatewayRouteInspection().inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void sees_gateways_of_other_namespaces_when_one_namespace_is_inspected() throws Exception {
        List<Finding> findings = inspect("inspect/gateway/near-miss", "loans");
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void still_finds_a_route_the_listener_refuses_when_one_namespace_is_inspected() throws Exception {
        List<Finding> findings = inspect("inspect/gateway/found", "cards").stream().filter(f -> f.kind().equals("HTTPRoute")).toList();
        assertEquals(List.of("httproute-not-allowed"), findings.stream().map(Finding::check).toList());
        assertTrue(findings.getFirst().problem().contains("gateway/shared"), findings.getFirst().problem());
    }
}
