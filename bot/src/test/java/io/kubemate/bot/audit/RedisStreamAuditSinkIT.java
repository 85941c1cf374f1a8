package io.kubemate.bot.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The contract against a real Redis started by deploy/local/test.sh; each test gets its own key prefix. */
class RedisStreamAuditSinkIT extends AuditSinkContract {

    private AuditSink sink;

    @BeforeEach
    void connect() {
        String url = System.getenv("KUBEMATE_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
                fail("KUBEMATE_TEST_REDIS_URL is not set although the test script promised its services");
            }
            assumeTrue(false, "no Redis: run deploy/local/test.sh, which starts one");
        }
        String prefix = "kubemate-it-" + UUID.randomUUID() + ":";
        AuditKey key = AuditKey.developmentKey();
        sink = new RedisStreamAuditSink(RedisClient.create(url), prefix, new ObjectMapper(), Clock.systemUTC(), new AuditChain(key),
                new Checkpoints(new RedisCheckpointStore(RedisClient.create(url), prefix + "audit:checkpoint"), key, new ObjectMapper()));
    }

    @AfterEach
    void close() {
        if (sink != null) {
            sink.close();
        }
    }

    @Override
    protected AuditSink sink() {
        return sink;
    }
}
