package io.kubemate.knowledge.store;

import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store contract against a live Milvus, named by {@code MILVUS_URI} (with {@code MILVUS_USERNAME},
 * {@code MILVUS_PASSWORD}, default root/Milvus); reported as skipped when it is not set.
 */
class MilvusStoreTest extends KnowledgeStoreContract {

    @Override
    protected KnowledgeStore newStore() {
        String uri = System.getenv("MILVUS_URI");
        assumeTrue(uri != null && !uri.isBlank(), "MILVUS_URI is not set: the Milvus store contract was skipped");
        String collection = "kubemate_test_" + System.nanoTime();
        return new MilvusStore(new MilvusSettings(uri, env("MILVUS_USERNAME", "root"), env("MILVUS_PASSWORD", "Milvus"),
                "", collection, Duration.ofSeconds(10)), embedder.dimension());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
