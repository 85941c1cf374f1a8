package io.kubemate.bot.chat.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.alert.AlertWebhook;
import io.kubemate.bot.metrics.HookMetrics;
import io.kubemate.connectors.alertmanager.AlertmanagerPayload;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.mattermost.ButtonTokens;
import io.kubemate.connectors.mattermost.MattermostRequestParser;
import io.kubemate.connectors.slack.SlackRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * {@code POST /hooks/…} (design §3): verify the raw bytes, parse, drop redeliveries, acknowledge at once, and do the
 * work on a virtual thread. Nothing here waits for the chat service or a platform API.
 */
@Controller("/hooks")
public class HookController {

    private static final Logger LOG = LoggerFactory.getLogger(HookController.class);

    private final HookMetrics metrics;
    private final ChatPlatforms platforms;
    private final Deliveries deliveries;
    private final HookDispatcher dispatcher;
    private final AlertWebhook alerts;
    private final SlackRequestParser slack;
    private final MattermostRequestParser mattermost;

    public HookController(ChatPlatforms platforms, Deliveries deliveries, HookDispatcher dispatcher,
                          AlertWebhook alerts, ObjectMapper json, HookMetrics metrics) {
        this.metrics = metrics;
        this.platforms = platforms;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.alerts = alerts;
        this.slack = new SlackRequestParser(json);
        this.mattermost = new MattermostRequestParser(json);
    }

    @Post(uri = "/slack", consumes = MediaType.ALL, produces = MediaType.ALL)
    public HttpResponse<?> slack(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Verification verification = platforms.slackVerifier().verify(raw, headers(request));
        if (verification instanceof Verification.Rejected rejected) {
            return unauthorized(SlackRequestParser.PLATFORM, rejected);
        }
        String workspace = ((Verification.Verified) verification).account();
        InboundRequest parsed = slack.parse(workspace, raw, request.getContentType().map(MediaType::toString).orElse(null));
        if (request.getHeaders().get("X-Slack-Retry-Num") != null) {
            LOG.debug("Slack retry {} ({})", request.getHeaders().get("X-Slack-Retry-Num"), request.getHeaders().get("X-Slack-Retry-Reason"));
        }
        return acknowledge(parsed, SlackRequestParser.PLATFORM);
    }

    @Post(uri = "/mattermost", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> mattermost(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Verification verification = platforms.mattermostVerifier().verify(raw, headers(request));
        if (verification instanceof Verification.Rejected rejected) {
            return unauthorized(MattermostRequestParser.PLATFORM, rejected);
        }
        acknowledge(mattermost.message(((Verification.Verified) verification).account(), raw), MattermostRequestParser.PLATFORM);
        return HttpResponse.ok(Map.of());
    }

    @Post(uri = "/mattermost/actions", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> mattermostAction(@Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        MattermostRequestParser.Result result = null;
        for (Map.Entry<String, ButtonTokens> server : platforms.buttonTokens().entrySet()) {
            result = mattermost.action(server.getKey(), raw, server.getValue());
            if (result.request() != null) {
                acknowledge(result.request(), MattermostRequestParser.PLATFORM);
                return HttpResponse.ok(Map.of());
            }
        }
        return unauthorized(MattermostRequestParser.PLATFORM, result == null ? new Verification.Rejected(Verification.Reason.MISSING_CREDENTIALS,
                "no Mattermost server is configured") : result.rejected());
    }

    @Post(uri = "/alertmanager", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> alertmanager(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Verification verification = alerts.verifier().verify(raw, headers(request));
        if (verification instanceof Verification.Rejected rejected) {
            return unauthorized("alertmanager", rejected);
        }
        AlertmanagerPayload payload = alerts.parser().parse(raw);
        dispatcher.submit(() -> {
            var result = alerts.notifier().deliver(payload);
            result.failures().forEach(failure -> LOG.warn("alert group {} not delivered to {}", payload.groupKey(), failure));
        });
        return HttpResponse.ok(Map.of("status", "accepted", "alerts", payload.alerts().size()));
    }

    private HttpResponse<?> acknowledge(InboundRequest parsed, String platform) {
        return switch (parsed) {
            case InboundRequest.Challenge challenge -> HttpResponse.ok(challenge.body()).contentType(challenge.contentType());
            case InboundRequest.Ignored ignored -> HttpResponse.ok();
            case InboundRequest.Received received -> {
                deliveries.accept(received, platform);
                yield HttpResponse.ok();
            }
        };
    }

    private static RequestHeaders headers(HttpRequest<?> request) {
        return RequestHeaders.of(request.getHeaders().asMap());
    }

    private HttpResponse<Map<String, String>> unauthorized(String platform, Verification.Rejected rejected) {
        metrics.rejected(platform, rejected.reason().name());
        HttpStatus status = rejected.reason() == Verification.Reason.UNAVAILABLE ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNAUTHORIZED;
        return HttpResponse.<Map<String, String>>status(status).body(Map.of("error", rejected.detail()));
    }
}
