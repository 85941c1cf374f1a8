package io.kubemate.bot.knowledge;

import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the service starts on an empty index, indexes the runbooks bundled in the jar, on a virtual thread so
 * that the service answers meanwhile ({@code runbook_search} says the index is still being built).
 */
@Singleton
public final class BundledRunbookIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(BundledRunbookIndexer.class);

    private final BeanProvider<KnowledgeBase> knowledge;
    private final KnowledgeProperties config;
    private volatile boolean building;

    public BundledRunbookIndexer(BeanProvider<KnowledgeBase> knowledge, KnowledgeProperties config) {
        this.knowledge = knowledge;
        this.config = config;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!config.bundledAtStart()) {
            return;
        }
        building = true;
        Thread.ofVirtual().name("bundled-runbooks").start(this::indexIfEmpty);
    }

    /** Indexes the bundled runbooks if the index holds nothing; returns what was done. */
    public IngestSummary indexIfEmpty() {
        try {
            KnowledgeBase base = knowledge.get();
            if (!base.isEmpty()) {
                return IngestSummary.empty();
            }
            IngestSummary summary = base.ingestBundled(progress -> { });
            LOG.info("bundled runbooks indexed with {}: {}", base.model(), summary.line());
            summary.skipped().forEach(s -> LOG.warn("bundled runbook skipped: {}: {}", s.source(), s.reason()));
            return summary;
        } catch (RuntimeException e) {
            LOG.warn("could not index the bundled runbooks: {}", e.getMessage());
            return IngestSummary.empty();
        } finally {
            building = false;
        }
    }

    public boolean building() {
        return building;
    }
}
