package io.kubemate.connectors.core;

/**
 * Remembers which deliveries were handled, so a platform's retry of the same event is dropped. The bot implements
 * it over its shared state store ({@code SET NX} with a time to live) so replicas agree.
 */
public interface DeliveryDeduplicator {

    /** True for the first delivery of {@code eventId} on {@code platform}, false for every repeat. */
    boolean firstDelivery(String platform, String eventId);
}
