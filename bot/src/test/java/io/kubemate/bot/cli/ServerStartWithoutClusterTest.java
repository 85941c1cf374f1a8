package io.kubemate.bot.cli;

import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.bot.metrics.HookMetrics;
import io.kubemate.tools.kube.ClusterAccess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.DefaultBeanContext;
import io.micronaut.context.RuntimeBeanDefinition;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starting the server makes nothing that needs the cluster (which a sandbox may still be building): the server
 * starts and answers {@code /health} while the cluster never arrives, and no chat graph has been made.
 */
class ServerStartWithoutClusterTest {

    @Test
    void the_server_answers_health_before_the_cluster_exists(@TempDir Path dir) throws Exception {
        CompletableFuture<ClusterAccess> never = new CompletableFuture<>();
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).properties(Map.of(
                "micronaut.server.port", -1,
                "kubemate.knowledge.index-dir", dir.resolve("knowledge").toString(),
                "kubemate.knowledge.bundled-at-start", false,
                "kubemate.audit.file", dir.resolve("audit.jsonl").toString())).start()) {
            PendingCluster pending = new PendingCluster(never);
            context.registerSingleton(PendingCluster.class, pending);
            context.registerBeanDefinition(RuntimeBeanDefinition.builder(ClusterAccess.class, pending::await).singleton(true).build());
            EmbeddedServer server = context.getBean(EmbeddedServer.class);

            assertTimeoutPreemptively(Duration.ofSeconds(60), server::start, "the server waited for the cluster");

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/health")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            DefaultBeanContext beans = (DefaultBeanContext) context;
            assertTrue(beans.getActiveBeanRegistrations(ChatService.class).isEmpty(), "the chat service was made at start");
            assertTrue(beans.getActiveBeanRegistrations(HookDispatcher.class).isEmpty(), "the hook dispatcher was made at start");
            // nothing is configured to connect out or to run on a schedule: nothing for it is made either
            assertTrue(beans.getActiveBeanRegistrations(HookMetrics.class).isEmpty(), "hook metrics were made at start");
            assertTrue(beans.getActiveBeanRegistrations(InspectionWording.class).isEmpty(), "inspection wording was made at start");
            server.stop();
        }
    }
}
