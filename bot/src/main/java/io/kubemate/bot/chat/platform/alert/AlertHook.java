package io.kubemate.bot.chat.platform.alert;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.connectors.alertmanager.AlertmanagerPayload;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** {@code POST /hooks/alertmanager}: verify, parse, accept at once; the alert groups are delivered to chat afterwards. */
@Controller("/hooks/alertmanager")
public class AlertHook {

    private static final Logger LOG = LoggerFactory.getLogger(AlertHook.class);

    private final AlertWebhook alerts;
    private final HookDispatcher dispatcher;
    private final Deliveries deliveries;

    public AlertHook(AlertWebhook alerts, HookDispatcher dispatcher, Deliveries deliveries) {
        this.alerts = alerts;
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> notify(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check("alertmanager", alerts.verifier(), request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        AlertmanagerPayload payload = alerts.parser().parse(raw);
        dispatcher.submit(() -> {
            var result = alerts.notifier().deliver(payload);
            result.failures().forEach(failure -> LOG.warn("alert group {} not delivered to {}", payload.groupKey(), failure));
        });
        return HttpResponse.ok(Map.of("status", "accepted", "alerts", payload.alerts().size()));
    }
}
