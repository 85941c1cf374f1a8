package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.registry.RegistryProbe;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Harbor and plain registries against recorded answers: {@code inspect/registry/{found,near-miss}/}. */
class RegistryInspectionTest {

    private record Run(Map<String, Set<String>> expected, List<Finding> findings) {
    }

    private static Run run(String folder, String namespace) throws Exception {
        Path root = Fixtures.resource("inspect/registry/" + folder);
        try (RecordedRegistries registries = new RecordedRegistries(root); ClusterAccess cluster = SandboxCluster.start(root, null)) {
            return new Run(registries.expected(), new RegistryInspection(registries.registries(), new RegistryProbe())
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant())));
        }
    }

    private static Map<String, Set<String>> byRegistry(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::name, TreeMap::new,
                Collectors.mapping(Finding::check, Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void finds_unhealthy_components_and_registries_that_do_not_answer() throws Exception {
        Run run = run("found", null);
        assertFalse(run.expected().isEmpty());
        assertEquals(run.expected(), byRegistry(run.findings()));
        Finding harbor = run.findings().stream().filter(f -> f.name().equals("harbor")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, harbor.severity());
        assertTrue(harbor.problem().contains("redis (dial tcp") && harbor.problem().contains("registry (failed to check health"), harbor.problem());
        assertTrue(harbor.evidence().stream().anyMatch(e -> e.startsWith("pod ai-apps/chat-web-7d9f8b6c5-x2x9k ImagePullBackOff pulling harbor.example.com/ai/chat-web:2.4.1")),
                harbor.evidence().toString());
        assertTrue(harbor.evidence().stream().anyMatch(e -> e.contains("rag-worker") && e.contains("503 Service Unavailable")), harbor.evidence().toString());
        assertTrue(harbor.fix().endsWith("/harbor/api/v2.0/health"), harbor.fix());
        Finding mirror = run.findings().stream().filter(f -> f.name().equals("mirror")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, mirror.severity());
        assertTrue(mirror.problem().contains("HTTP 503"), mirror.problem());
    }

    @Test
    void finds_nothing_in_the_near_misses() throws Exception {
        List<Finding> findings = run("near-miss", null).findings();
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void a_namespace_inspection_reports_the_registries_its_pods_pull_from_with_only_its_pods() throws Exception {
        assertEquals(Map.of("harbor", Set.of("registry-unhealthy")), byRegistry(run("found", "ai-apps").findings()));
        List<Finding> payments = run("found", "payments").findings();
        assertEquals(Map.of("mirror", Set.of("registry-unreachable")), byRegistry(payments));
        assertTrue(payments.stream().flatMap(f -> f.evidence().stream()).noneMatch(e -> e.contains("ai-apps")), payments.toString());
    }
}
