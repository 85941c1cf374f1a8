package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tampering attacks against the Redis stream (Redis only, no file), with a real Redis started by deploy/local/test.sh. */
class RedisStreamAuditTamperAttackIT extends AuditTamperAttackContract {

    @TempDir
    Path dir;

    private String url;
    private final String prefix = "kubemate-it-" + UUID.randomUUID() + ":";
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> redis;

    @BeforeEach
    void connect() {
        url = System.getenv("KUBEMATE_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
                fail("KUBEMATE_TEST_REDIS_URL is not set although the test script promised its services");
            }
            assumeTrue(false, "no Redis: run deploy/local/test.sh, which starts one");
        }
        client = RedisClient.create(url);
        connection = client.connect();
        redis = connection.sync();
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
            client.shutdown();
        }
    }

    @Override
    protected Map<String, String> properties() {
        if (url == null || url.isBlank()) {
            return Map.of(); // skipped without Redis: nothing was set, nothing to clear
        }
        try {
            Path key = dir.resolve("audit.key");
            if (!Files.exists(key)) {
                Files.writeString(key, "a-secret-audit-key-of-at-least-32-bytes-0123456789\n");
            }
            return Map.of("kubemate.redis.uri", url, "kubemate.redis.key-prefix", prefix, "kubemate.audit.file", "",
                    "kubemate.audit.key-file", key.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected List<String> stored() {
        return redis.xrange(prefix + "audit", Range.create("-", "+")).stream().map(m -> m.getBody().get("record")).toList();
    }

    @Override
    protected void replace(List<String> records) {
        redis.del(prefix + "audit");
        for (String record : records) {
            redis.xadd(prefix + "audit", Map.of("record", record));
        }
        if (records.isEmpty()) {
            redis.del(prefix + "audit:head");
        } else {
            try {
                JsonNode last = JSON.readTree(records.getLast());
                redis.set(prefix + "audit:head", last.path("seq").asLong() + " " + last.path("hash").asText());
            } catch (Exception e) {
                // an unreadable last record: leave the head as it is
            }
        }
    }

    @Override
    protected void moveAway() {
        redis.rename(prefix + "audit", prefix + "audit-old");
        redis.del(prefix + "audit:head");
    }

    @Override
    protected void forgeCheckpoint(String record) throws Exception {
        JsonNode head = JSON.readTree(record);
        for (String key : redis.keys(prefix + "*checkpoint*")) {
            redis.set(key, "{\"seq\":" + head.path("seq").asLong() + ",\"hash\":\"" + head.path("hash").asText() + "\"}");
        }
    }

    @Override
    protected String sinkPrefix() {
        return "Redis stream ";
    }
}
