package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.ManifestLoader;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.sandbox.ScenarioBackends;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One analyzer against its fixtures under {@code inspect/<fixture>/}: in {@code found/}, each object
 * annotated {@code test.kubemate.io/expect: check[,check]} must get exactly those findings and no other
 * object any; in {@code near-miss/}, nothing may be found. A folder's {@code metrics.om} is served as its Prometheus.
 */
abstract class AnalyzerFixtureTest {

    static final String EXPECT = "test.kubemate.io/expect";

    abstract Inspection analyzer();

    abstract String fixture();

    /** The analyzer for one fixture folder, whose {@code metrics.om}, when it has one, a Prometheus stand-in serves. */
    Inspection analyzer(ScenarioBackends backends) {
        return analyzer();
    }

    /** The stand-in Prometheus of a fixture folder, or none when the folder has no {@code metrics.om}. */
    static Supplier<Outcome<PrometheusClient>> prometheus(ScenarioBackends backends) {
        Object url = backends.properties().get("kubemate.prometheus.default.url");
        return () -> url == null ? Outcome.noData("no Prometheus is configured")
                : Outcome.ok(new PrometheusClient("default", URI.create(url.toString()), false, Duration.ofSeconds(2)));
    }

    private List<Finding> run(Path folder) throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(folder, null); ScenarioBackends backends = ScenarioBackends.start(folder)) {
            return analyzer(backends).inspect(new InspectionScope(cluster, Subject.ownCredentials(), null, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void finds_what_the_fixture_expects() throws Exception {
        Path folder = Fixtures.resource("inspect/" + fixture() + "/found");
        Map<String, Set<String>> expected = expectations(folder);
        assertFalse(expected.isEmpty(), "the found/ fixture annotates no object");
        Map<String, Set<String>> actual = run(folder).stream().collect(Collectors.groupingBy(
                f -> f.kind() + " " + f.namespace() + "/" + f.name(), Collectors.mapping(Finding::check, Collectors.toCollection(TreeSet::new))));
        assertEquals(expected, actual);
    }

    @Test
    void finds_nothing_in_the_near_misses() throws Exception {
        List<Finding> findings = run(Fixtures.resource("inspect/" + fixture() + "/near-miss"));
        assertTrue(findings.isEmpty(), findings.toString());
    }

    /** Reads the expectations from the manifests' annotations, not through a cluster. */
    private static Map<String, Set<String>> expectations(Path folder) throws Exception {
        Map<String, Set<String>> expected = new HashMap<>();
        for (var object : new ManifestLoader().load(folder)) {
            var annotations = object.getMetadata().getAnnotations();
            if (annotations != null && annotations.containsKey(EXPECT)) {
                expected.put(object.getKind() + " " + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName(),
                        new TreeSet<>(Arrays.asList(annotations.get(EXPECT).split("\\s*,\\s*"))));
            }
        }
        return expected;
    }
}
