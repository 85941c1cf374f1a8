package io.kubemate.bot.chat.platform.slack;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.slack.SlackRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /hooks/slack} (design §3): events, slash commands and button clicks. Verify the raw bytes, parse,
 * answer the URL verification challenge, drop redeliveries and acknowledge at once; the work happens afterwards.
 */
@Controller("/hooks/slack")
public class SlackHook {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHook.class);

    private final SlackWorkspaces workspaces;
    private final Deliveries deliveries;

    public SlackHook(SlackWorkspaces workspaces, Deliveries deliveries) {
        this.workspaces = workspaces;
        this.deliveries = deliveries;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.ALL)
    public HttpResponse<?> callback(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check(SlackRequestParser.PLATFORM, workspaces.verifier(), request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        InboundRequest parsed = workspaces.parser().parse(checked.account(), raw, request.getContentType().map(MediaType::toString).orElse(null));
        if (request.getHeaders().get("X-Slack-Retry-Num") != null) {
            LOG.debug("Slack retry {} ({})", request.getHeaders().get("X-Slack-Retry-Num"), request.getHeaders().get("X-Slack-Retry-Reason"));
        }
        return deliveries.answer(parsed, SlackRequestParser.PLATFORM, HttpResponse.ok());
    }
}
