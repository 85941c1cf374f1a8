package io.kubemate.bot.knowledge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.knowledge.*}: the knowledge base.
 *
 * @param indexDir        folder of the embedded Lucene index
 * @param model           embedding model shipped in a jar: {@code bge-small-zh-v15-q} or {@code all-minilm-l6-v2-q}
 * @param store           {@code lucene} (embedded, default) or {@code milvus}
 * @param maxFileSize     larger files are skipped
 * @param fetchTimeout    timeout of fetching one URL
 * @param chunkChars      the chunk size in characters
 * @param bundledAtStart  index the bundled runbooks at start when the index is empty
 * @param bundledStopWait how long a stop waits for that first indexing to finish
 * @param milvus          the Milvus store, when {@code store=milvus}
 */
@ConfigurationProperties("kubemate.knowledge")
public record KnowledgeProperties(
        @Bindable(defaultValue = "data/knowledge") String indexDir,
        @Bindable(defaultValue = "bge-small-zh-v15-q") String model,
        @Bindable(defaultValue = "lucene") String store,
        @Bindable(defaultValue = "52428800") long maxFileSize,
        @Bindable(defaultValue = "10s") Duration fetchTimeout,
        @Bindable(defaultValue = "1200") int chunkChars,
        @Bindable(defaultValue = "true") boolean bundledAtStart,
        @Bindable(defaultValue = "20s") Duration bundledStopWait,
        Milvus milvus) {

    /**
     * {@code kubemate.knowledge.milvus.*}: with milvus-sdk-java 2.6 a username and password are required.
     */
    @ConfigurationProperties("milvus")
    public record Milvus(
            @Bindable(defaultValue = "http://127.0.0.1:19530") String uri,
            @Bindable(defaultValue = "") String username,
            @Bindable(defaultValue = "") String password,
            @Bindable(defaultValue = "") String database,
            @Bindable(defaultValue = "kubemate_knowledge") String collection,
            @Bindable(defaultValue = "10s") Duration timeout) {
    }
}
