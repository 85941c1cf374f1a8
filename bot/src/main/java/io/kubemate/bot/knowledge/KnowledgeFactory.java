package io.kubemate.bot.knowledge;

import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.store.IndexInUseException;
import io.kubemate.knowledge.store.KnowledgeStore;
import io.kubemate.knowledge.store.LuceneStore;
import io.kubemate.knowledge.store.MilvusSettings;
import io.kubemate.knowledge.store.MilvusStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** The knowledge base the configuration names: its embedding model and its store. */
@Factory
public class KnowledgeFactory {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFactory.class);

    /**
     * One in-process model, shared by the knowledge base and the free-text router; read from files copied once
     * next to the index ({@code <index-dir>/../models}), so that it does not pass through the Java heap.
     */
    @Singleton
    Embedder embedder(KnowledgeProperties config) {
        try {
            return EmbeddingModels.named(config.model(), modelFiles(config));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("kubemate.knowledge.model: " + e.getMessage());
        }
    }

    static Path modelFiles(KnowledgeProperties config) {
        return Path.of(config.indexDir()).toAbsolutePath().normalize().resolveSibling("models");
    }

    @Singleton
    @Bean(preDestroy = "close")
    KnowledgeBase knowledgeBase(KnowledgeProperties config, Embedder embedder) {
        KnowledgeStore store = switch (config.store()) {
            case "lucene" -> lucene(Path.of(config.indexDir()), embedder);
            case "milvus" -> new MilvusStore(milvus(config.milvus()), embedder.dimension());
            default -> throw new ConfigurationException("kubemate.knowledge.store must be lucene or milvus, not " + config.store());
        };
        return new KnowledgeBase(store, embedder,
                new IngestOptions(config.maxFileSize(), config.fetchTimeout(), config.chunkChars()));
    }

    /** The index for writing; read-only when another process (a running serve) holds it, so search still works. */
    private static KnowledgeStore lucene(Path dir, Embedder embedder) {
        try {
            return LuceneStore.open(dir, embedder.name(), embedder.dimension());
        } catch (IndexInUseException e) {
            LOG.warn("{}: opened read-only; ingest through the process that holds it", e.getMessage());
            return LuceneStore.openReadOnly(dir, embedder.name(), embedder.dimension());
        }
    }

    private static MilvusSettings milvus(KnowledgeProperties.Milvus m) {
        if (m == null) {
            throw new ConfigurationException("kubemate.knowledge.store=milvus needs kubemate.knowledge.milvus.uri, username and password");
        }
        return new MilvusSettings(m.uri(), m.username(), m.password(), m.database(), m.collection(), m.timeout());
    }
}
