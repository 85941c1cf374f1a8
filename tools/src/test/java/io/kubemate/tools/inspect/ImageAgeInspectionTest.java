package io.kubemate.tools.inspect;

import com.sun.net.httpserver.HttpServer;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.registry.ImageRef;
import io.kubemate.tools.registry.Registry;
import io.kubemate.tools.registry.RegistryCredentials;
import io.kubemate.tools.registry.RegistryProbe;
import io.kubemate.tools.sandbox.ManifestLoader;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images older than the limit, from Harbor's push_time and a plain registry's image config: {@code inspect/image-age/}. */
class ImageAgeInspectionTest {

    private static List<Finding> run(String folder, int maxLookups) throws Exception {
        Path root = Fixtures.resource("inspect/image-age/" + folder);
        try (RecordedRegistries registries = new RecordedRegistries(root); ClusterAccess cluster = SandboxCluster.start(root, null)) {
            return new ImageAgeInspection(registries.registries(), new RegistryProbe(), Duration.ofDays(180), maxLookups)
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), null, Fixtures.CLOCK.instant()));
        }
    }

    private static Map<String, Set<String>> expected(Path folder) throws Exception {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (var object : new ManifestLoader().load(folder)) {
            var annotations = object.getMetadata().getAnnotations();
            if (annotations != null && annotations.containsKey(AnalyzerFixtureTest.EXPECT)) {
                expected.put(object.getKind() + " " + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName(),
                        new TreeSet<>(List.of(annotations.get(AnalyzerFixtureTest.EXPECT).split("\\s*,\\s*"))));
            }
        }
        return expected;
    }

    @Test
    void finds_images_pushed_or_built_longer_ago_than_the_limit() throws Exception {
        List<Finding> findings = run("found", 50);
        Map<String, Set<String>> expected = expected(Fixtures.resource("inspect/image-age/found"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, findings.stream().collect(Collectors.groupingBy(f -> f.kind() + " " + f.namespace() + "/" + f.name(),
                TreeMap::new, Collectors.mapping(Finding::check, Collectors.toCollection(TreeSet::new)))));
        Finding chat = findings.stream().filter(f -> f.name().equals("chat-web")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, chat.severity());
        assertTrue(chat.evidence().contains("pushed 2025-12-01T07:41:12.512Z"), chat.evidence().toString());
        Finding ledger = findings.stream().filter(f -> f.name().equals("ledger")).findFirst().orElseThrow();
        assertTrue(ledger.evidence().contains("pushed 2025-03-01T10:12:44.377203961Z"), ledger.evidence().toString());
        assertTrue(findings.stream().noneMatch(f -> f.toString().contains("s3cr3t")), findings.toString());
    }

    @Test
    void finds_nothing_in_the_near_misses() throws Exception {
        List<Finding> findings = run("near-miss", 50);
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void looks_up_no_more_images_than_allowed() throws Exception {
        assertEquals(1, run("found", 1).size());
    }

    @Test
    void reads_with_the_configured_credentials() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Registry registry = new Registry("mirror", URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Registry.Kind.REGISTRY,
                    null, RegistryCredentials.basic("inspector", "s3cr3t-Pa55"), Duration.ofSeconds(2));
            new RegistryProbe().made(registry, ImageRef.parse("127.0.0.1/payments/ledger:3.2.0").orElseThrow(), registry.credentials().authorization());
            assertEquals(List.of("Basic " + Base64.getEncoder().encodeToString("inspector:s3cr3t-Pa55".getBytes(StandardCharsets.UTF_8))),
                    new ArrayList<>(authorizations));
            assertFalse(registry.toString().contains("s3cr3t"), registry.toString());
        } finally {
            server.stop(0);
        }
    }
}
