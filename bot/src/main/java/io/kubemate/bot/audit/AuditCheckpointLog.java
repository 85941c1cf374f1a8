package io.kubemate.bot.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code kubemate.audit.checkpoint-interval} the signed head of each sink goes to the bot's log, which the log
 * pipeline ships away from the pod: a third copy to check a log against after the fact.
 */
@Singleton
public class AuditCheckpointLog {

    private static final Logger LOG = LoggerFactory.getLogger("kubemate.audit.checkpoint");

    private final AuditLog audit;

    public AuditCheckpointLog(AuditLog audit) {
        this.audit = audit;
    }

    @Scheduled(fixedDelay = "${kubemate.audit.checkpoint-interval:15m}", initialDelay = "${kubemate.audit.checkpoint-interval:15m}")
    public void log() {
        for (AuditSink sink : audit.sinks()) {
            try {
                sink.checkpoint().map(Checkpoints.Read::checkpoint).ifPresent(c ->
                        LOG.info("audit checkpoint {}: record {} hash {} mac {}", sink.describe(), c.seq(), c.hash(), c.mac()));
            } catch (RuntimeException e) {
                LOG.warn("audit checkpoint of {} cannot be read: {}", sink.describe(), e.getMessage());
            }
        }
    }
}
