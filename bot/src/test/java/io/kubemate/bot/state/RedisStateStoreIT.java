package io.kubemate.bot.state;

import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The contract against a real Redis, started by deploy/local/test.sh (KUBEMATE_TEST_REDIS_URL). */
class RedisStateStoreIT extends StateStoreContract {

    private static RedisStateStore store;

    @BeforeAll
    static void connect() {
        String url = System.getenv("KUBEMATE_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
                fail("KUBEMATE_TEST_REDIS_URL is not set although the test script promised its services");
            }
            assumeTrue(false, "no Redis: run deploy/local/test.sh, which starts one");
        }
        store = new RedisStateStore(RedisClient.create(url), "kubemate-it:", "test redis");
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected StateStore store() {
        return store;
    }

    @Override
    protected void elapse(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
