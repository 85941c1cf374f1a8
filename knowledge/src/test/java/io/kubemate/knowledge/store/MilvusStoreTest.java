package io.kubemate.knowledge.store;

import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store contract against a live Milvus 2.5 or later (BM25 and vector hybrid search, ranking and filters by
 * Milvus itself), named by {@code MILVUS_URI} (with {@code MILVUS_USERNAME}, {@code MILVUS_PASSWORD}, default
 * root/Milvus); reported as skipped when it is not set. Each test gets its own collection, dropped afterwards.
 * {@link MilvusStoreWireTest} checks the calls themselves without a server.
 */
class MilvusStoreTest extends KnowledgeStoreContract {

    private String collection;

    @Override
    protected KnowledgeStore newStore() {
        String uri = System.getenv("MILVUS_URI");
        assumeTrue(uri != null && !uri.isBlank(), "MILVUS_URI is not set: the Milvus store contract was skipped");
        collection = "kubemate_test_" + System.nanoTime();
        return new MilvusStore(new MilvusSettings(uri, env("MILVUS_USERNAME", "root"), env("MILVUS_PASSWORD", "Milvus"),
                "", collection, Duration.ofSeconds(10)), embedder.dimension());
    }

    @AfterEach
    void dropCollection() {
        if (collection == null) {
            return;
        }
        MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(System.getenv("MILVUS_URI"))
                .username(env("MILVUS_USERNAME", "root")).password(env("MILVUS_PASSWORD", "Milvus")).build());
        try {
            client.dropCollection(DropCollectionReq.builder().collectionName(collection).build());
        } finally {
            client.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
