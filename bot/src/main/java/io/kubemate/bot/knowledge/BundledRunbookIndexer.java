package io.kubemate.bot.knowledge;

import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When the service starts on an empty index, indexes the runbooks bundled in the jar, on a virtual thread so
 * that the service answers meanwhile ({@code runbook_search} says the index is still being built). One-shot
 * commands ({@code ask}) have no start-up event: their first {@code runbook_search} indexes them instead.
 */
@Singleton
public final class BundledRunbookIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(BundledRunbookIndexer.class);

    private final BeanProvider<KnowledgeBase> knowledge;
    private final KnowledgeProperties config;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean building;
    private volatile String failure;

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

    /**
     * Indexes the bundled runbooks if the index holds nothing (and {@code bundled-at-start} allows it); returns
     * what was done. One caller at a time: a second waits and then finds the index filled.
     */
    public IngestSummary indexIfEmpty() {
        if (!config.bundledAtStart()) {
            return IngestSummary.empty();
        }
        lock.lock();
        building = true;
        try {
            KnowledgeBase base = knowledge.get();
            if (!base.isEmpty()) {
                return IngestSummary.empty();
            }
            IngestSummary summary = base.ingestBundled(progress -> { });
            failure = null;
            LOG.info("bundled runbooks indexed with {}: {}", base.model(), summary.line());
            summary.skipped().forEach(s -> LOG.warn("bundled runbook skipped: {}: {}", s.source(), s.reason()));
            return summary;
        } catch (RuntimeException e) {
            // A bare "null" told nobody anything: name the exception and its root cause.
            Throwable root = ExceptionUtils.getRootCause(e);
            failure = ExceptionUtils.getMessage(e) + (root == e ? "" : " (caused by " + ExceptionUtils.getMessage(root) + ")");
            LOG.warn("could not index the bundled runbooks: {}", failure, e);
            return IngestSummary.empty();
        } finally {
            building = false;
            lock.unlock();
        }
    }

    /** Why the last attempt to index the bundled runbooks failed, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean building() {
        return building;
    }

    /**
     * Before the index is closed, lets a first indexing that is under way finish (up to {@code kubemate.knowledge.
     * bundled-stop-wait}): stopped half-way, it left a stack trace and an empty index to build again at the next start.
     */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        if (building && !awaitIndexed(config.bundledStopWait())) {
            LOG.warn("stopping while the bundled runbooks are still being indexed; they are indexed again at the next start");
        }
    }

    /** Waits up to {@code limit} for an indexing under way (or about to start); true when none is (any more). */
    public boolean awaitIndexed(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (building) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !lock.tryLock(left, TimeUnit.NANOSECONDS)) {
                    return false;
                }
                lock.unlock();
                if (building) {
                    Thread.sleep(20); // started, but its thread has not taken the lock yet
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
