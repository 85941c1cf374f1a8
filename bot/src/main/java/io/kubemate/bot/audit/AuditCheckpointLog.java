package io.kubemate.bot.audit;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code kubemate.audit.checkpoint-interval} the signed head of each sink goes to the bot's log, which the log
 * pipeline ships away from the pod: a third copy to check a log against after the fact. Scheduled when the server
 * starts (not with {@code @Scheduled}, which every application context would process, one-shot commands included).
 */
@Singleton
public class AuditCheckpointLog implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("kubemate.audit.checkpoint");

    private final BeanProvider<AuditLog> audit;
    private final AuditProperties properties;
    private final TaskScheduler scheduler;

    public AuditCheckpointLog(BeanProvider<AuditLog> audit, AuditProperties properties,
                              @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.audit = audit;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        scheduler.scheduleWithFixedDelay(properties.checkpointInterval(), properties.checkpointInterval(), this::log);
    }

    public void log() {
        for (AuditSink sink : audit.get().sinks()) {
            try {
                sink.checkpoint().map(Checkpoints.Read::checkpoint).ifPresent(c ->
                        LOG.info("audit checkpoint {}: record {} hash {} mac {}", sink.describe(), c.seq(), c.hash(), c.mac()));
            } catch (RuntimeException e) {
                LOG.warn("audit checkpoint of {} cannot be read: {}", sink.describe(), e.getMessage());
            }
        }
    }
}
