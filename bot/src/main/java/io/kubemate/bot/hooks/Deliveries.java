package io.kubemate.bot.hooks;

import io.kubemate.connectors.core.DeliveryDeduplicator;
import io.kubemate.connectors.core.InboundRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every chat hook does with a verified, parsed request once it has decided how to answer the platform: drop
 * redeliveries (the state store remembers event ids) and hand the first delivery to the dispatcher.
 */
@Singleton
public final class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryDeduplicator deduplicator;
    private final HookDispatcher dispatcher;

    public Deliveries(DeliveryDeduplicator deduplicator, HookDispatcher dispatcher) {
        this.deduplicator = deduplicator;
        this.dispatcher = dispatcher;
    }

    /** Works on a received message or click once per event id; challenges and ignored requests need no work. */
    public void accept(InboundRequest parsed, String platform) {
        if (parsed instanceof InboundRequest.Received received) {
            if (deduplicator.firstDelivery(platform, received.inbound().eventId())) {
                dispatcher.submit(received.inbound());
            } else {
                LOG.debug("redelivery of {} {} dropped", platform, received.inbound().eventId());
            }
        }
    }
}
