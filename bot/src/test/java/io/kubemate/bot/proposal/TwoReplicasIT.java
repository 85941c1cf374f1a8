package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two bot replicas behind one Service share one real Redis (deploy/local/test.sh starts it): a Confirm that
 * reaches both at once executes exactly once, and both see the same audit stream.
 */
class TwoReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String redis() {
        String url = System.getenv("KUBEMATE_TEST_REDIS_URL");
        if ((url == null || url.isBlank()) && "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
            fail("KUBEMATE_TEST_REDIS_URL is not set although the test script promised its services");
        }
        assumeTrue(url != null && !url.isBlank(), "no Redis: run deploy/local/test.sh, which starts one");
        return url;
    }

    @Test
    void a_confirmation_delivered_to_both_replicas_executes_once() throws Exception {
        Map<String, Object> shared = Map.of("kubemate.redis.uri", redis(), "kubemate.redis.key-prefix", "kubemate-it-" + UUID.randomUUID() + ":");
        try (ClusterAccess cluster = SandboxCluster.start(TestBot.SCENARIO.resolve("cluster"), null, false, ClusterOptions.sandboxIdentities());
             TestBot a = TestBot.start(ClusterOptions.existing(cluster), shared);
             TestBot b = TestBot.start(ClusterOptions.existing(cluster), shared)) {
            var asked = a.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "ha", "text", "scale ledger-api to 4")));
            String id = JSON.readTree(asked.body()).get("proposals").get(0).get("id").asText();
            String click = JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "ha", "decision", "confirm"));

            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<JsonNode>> results = new ArrayList<>();
            for (TestBot replica : List.of(a, b)) {
                Callable<JsonNode> call = () -> JSON.readTree(replica.post("/api/proposals/" + id, click).body());
                results.add(pool.submit(call));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<JsonNode> result : results) {
                statuses.add(result.get().get("status").asText());
            }
            pool.shutdown();

            assertEquals(1, statuses.stream().filter("executed"::equals).count(), statuses.toString());
            Integer replicas = cluster.as(Subject.ownCredentials(),
                    c -> c.apps().deployments().inNamespace("payments").withName("ledger-api").get().getSpec().getReplicas());
            assertEquals(4, replicas);
            List<AuditRecord> stream = b.context().getBean(AuditLog.class).sinks().stream()
                    .filter(sink -> sink.getClass().getSimpleName().startsWith("Redis")).findFirst().orElseThrow().read();
            assertEquals(1, stream.stream().filter(r -> r.event() == AuditEvent.EXECUTED).count(), "one execution in the shared stream");
            assertEquals(1, stream.stream().filter(r -> r.event() == AuditEvent.PROPOSED).count(), "replica b sees a's proposal");
        }
    }
}
