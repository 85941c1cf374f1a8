package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.sandbox.ScenarioBackends;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Milvus components with no ready pod, and querynodes near their memory limit, per release and namespace. */
class MilvusInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new MilvusInspection(() -> Outcome.noData("no Prometheus is configured"));
    }

    @Override
    Inspection analyzer(ScenarioBackends backends) {
        return new MilvusInspection(prometheus(backends));
    }

    @Override
    String fixture() {
        return "milvus";
    }

    private static List<Finding> inspect(String namespace) throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Fixtures.resource("inspect/milvus/found"));
             ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/milvus/found"), null)) {
            return new MilvusInspection(prometheus(backends))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void a_component_without_a_ready_pod_is_critical_and_names_the_release() throws Exception {
        Finding down = inspect("vectordb").stream().filter(f -> f.check().equals("milvus-component-down")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, down.severity());
        assertEquals("Milvus kb: proxy has 0 of 1 pods ready", down.problem());
        assertEquals(List.of("pod kb-milvus-proxy-5f7d8c9b6-qw8rt: proxy waiting: CrashLoopBackOff"), down.evidence());
        assertEquals("kubectl -n vectordb describe pod kb-milvus-proxy-5f7d8c9b6-qw8rt", down.fix());
    }

    @Test
    void a_querynode_at_97_percent_of_its_limit_is_critical_with_a_top_command() throws Exception {
        Finding memory = inspect(null).stream().filter(f -> f.check().equals("milvus-querynode-memory")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, memory.severity());
        assertTrue(memory.problem().startsWith("Milvus kb: a querynode uses 97% of its 8Gi memory limit"), memory.problem());
        assertEquals("kubectl -n vectordb top pod kb-milvus-querynode-7c9b5d4f8-m2n3b --containers", memory.fix());
    }

    @Test
    void another_namespace_sees_nothing_of_the_release() throws Exception {
        assertEquals(List.of(), inspect("search"));
    }
}
