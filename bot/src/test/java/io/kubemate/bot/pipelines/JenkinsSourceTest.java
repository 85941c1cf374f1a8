package io.kubemate.bot.pipelines;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.pipeline.JenkinsBuild;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jenkins credentials come from a Secret reference, read by the bot; builds show to people granted the configured namespace. */
class JenkinsSourceTest {

    private static final String BUILD = "{\"building\":false,\"number\":7,\"result\":\"FAILURE\",\"timestamp\":1764766800000,\"duration\":61000}";

    private HttpServer jenkins;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private ClusterAccess cluster;

    @BeforeEach
    void start() throws Exception {
        jenkins = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jenkins.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/api/json") ? BUILD : "Finished: FAILURE\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jenkins.start();
        cluster = SandboxCluster.start(List.of(new NamespaceBuilder().withNewMetadata().withName("ci").endMetadata().build(),
                new SecretBuilder().withNewMetadata().withName("jenkins-api").withNamespace("ci").endMetadata()
                        .addToData("username", b64("kubemate")).addToData("token", b64("11aa22bb33cc44dd55ee66ff77")).build()),
                null, "jenkins", List.of());
    }

    @AfterEach
    void stop() throws Exception {
        jenkins.stop(0);
        cluster.close();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private JenkinsSource source(String secret, String namespace) {
        return new JenkinsSource(new PipelinesProperties(3, new PipelinesProperties.Jenkins("http://127.0.0.1:" + jenkins.getAddress().getPort(),
                secret, "username", "token", namespace, Duration.ofSeconds(5))), cluster, new Redactor());
    }

    @Test
    void sends_the_credentials_of_the_referenced_secret_as_basic_authentication() {
        Outcome<JenkinsBuild> outcome = source("ci/jenkins-api", "ci").lastBuild("loans-batch");
        JenkinsBuild build = (JenkinsBuild) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value();
        assertEquals(7, build.number());
        assertEquals(List.of("Basic " + b64("kubemate:11aa22bb33cc44dd55ee66ff77")), authorizations.stream().distinct().toList());
        assertFalse(build.toString().contains("11aa22bb33cc44dd55ee66ff77"), "the token never appears in a result");
    }

    @Test
    void a_missing_secret_is_a_clear_failure_and_jenkins_is_not_asked() {
        Outcome<JenkinsBuild> outcome = source("ci/no-such-secret", "ci").lastBuild("loans-batch");
        assertInstanceOf(Outcome.Failure.class, outcome);
        assertTrue(outcome.toString().contains("ci/no-such-secret"), outcome.toString());
        assertTrue(authorizations.isEmpty());
    }

    @Test
    void builds_show_to_people_granted_the_configured_namespace_or_cluster_wide() {
        ReadAccess ciReader = code -> NamespaceScope.only(Set.of("ci"));
        ReadAccess loansReader = code -> NamespaceScope.only(Set.of("loans"));
        assertTrue(source(null, "ci").visibleTo(ciReader));
        assertFalse(source(null, "ci").visibleTo(loansReader));
        assertFalse(source(null, null).visibleTo(ciReader), "without a namespace only a cluster-wide grant sees Jenkins");
        assertTrue(source(null, null).visibleTo(ReadAccess.ALL));
        assertFalse(new JenkinsSource(new PipelinesProperties(3, null), cluster, new Redactor()).visibleTo(ReadAccess.ALL), "not configured");
    }

    @Test
    void without_a_secret_reference_jenkins_is_asked_anonymously() {
        assertInstanceOf(Outcome.Ok.class, source(null, null).lastBuild("loans-batch"));
        assertEquals(List.of("null"), authorizations.stream().distinct().toList());
    }
}
