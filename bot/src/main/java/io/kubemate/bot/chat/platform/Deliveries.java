package io.kubemate.bot.chat.platform;

import io.kubemate.bot.metrics.HookMetrics;
import io.kubemate.connectors.core.DeliveryDeduplicator;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * What every chat hook does with a verified, parsed request once it has decided how to answer the platform: drop
 * redeliveries (the state store remembers event ids) and hand the first delivery to the dispatcher; or refuse it,
 * counting both in the hook metrics.
 */
@Singleton
public final class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryDeduplicator deduplicator;
    private final HookDispatcher dispatcher;
    private final HookMetrics metrics;

    public Deliveries(DeliveryDeduplicator deduplicator, HookDispatcher dispatcher, HookMetrics metrics) {
        this.deduplicator = deduplicator;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
    }

    /** Works on a received message or click once per event id; challenges and ignored requests need no work. */
    public void accept(InboundRequest parsed, String platform) {
        if (parsed instanceof InboundRequest.Received received) {
            if (deduplicator.firstDelivery(platform, received.inbound().eventId())) {
                dispatcher.submit(received.inbound());
            } else {
                metrics.duplicate(platform);
                LOG.debug("redelivery of {} {} dropped", platform, received.inbound().eventId());
            }
        }
    }

    /** A platform request checked: the account it is verified for, or the response that refuses it. */
    public record Checked(String account, MutableHttpResponse<?> refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** Verifies a hook request over its raw bytes; a refusal is counted and carries its reason. */
    public Checked check(String platform, RequestVerifier verifier, HttpRequest<?> request, byte[] raw) {
        Verification verification = verifier.verify(raw, HookHttp.headers(request));
        return verification instanceof Verification.Rejected rejected ? new Checked(null, refuse(platform, rejected))
                : new Checked(((Verification.Verified) verification).account(), null);
    }

    /** A URL challenge answered as the platform asks; anything else accepted for work and answered with {@code ok}. */
    public HttpResponse<?> answer(InboundRequest parsed, String platform, HttpResponse<?> ok) {
        if (parsed instanceof InboundRequest.Challenge challenge) {
            return HttpResponse.ok(challenge.body()).contentType(challenge.contentType());
        }
        accept(parsed, platform);
        return ok;
    }

    /** 401 (503 when the check could not be made) with the reason, counted. */
    public MutableHttpResponse<Map<String, String>> refuse(String platform, Verification.Rejected rejected) {
        metrics.rejected(platform, rejected.reason().name());
        HttpStatus status = rejected.reason() == Verification.Reason.UNAVAILABLE ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNAUTHORIZED;
        return HttpResponse.<Map<String, String>>status(status).body(Map.of("error", rejected.detail()));
    }
}
