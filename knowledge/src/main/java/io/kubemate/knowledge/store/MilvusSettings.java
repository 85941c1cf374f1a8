package io.kubemate.knowledge.store;

import java.time.Duration;

/** Where the Milvus store lives; milvus-sdk-java 2.6 needs a username and password. */
public record MilvusSettings(String uri, String username, String password, String database, String collection,
                             Duration timeout) {
}
