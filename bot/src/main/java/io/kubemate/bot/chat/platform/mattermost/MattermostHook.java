package io.kubemate.bot.chat.platform.mattermost;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.mattermost.ButtonTokens;
import io.kubemate.connectors.mattermost.MattermostRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.Map;

/**
 * {@code POST /hooks/mattermost} (the slash command, checked by its token) and {@code POST /hooks/mattermost/actions}
 * (button clicks, checked by the token Kubemate signed into the button). Acknowledged at once; the work happens
 * afterwards.
 */
@Controller("/hooks/mattermost")
public class MattermostHook {

    private final MattermostServers servers;
    private final Deliveries deliveries;

    public MattermostHook(MattermostServers servers, Deliveries deliveries) {
        this.servers = servers;
        this.deliveries = deliveries;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> command(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check(MattermostRequestParser.PLATFORM, servers.verifier(), request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        return deliveries.answer(servers.parser().message(checked.account(), raw), MattermostRequestParser.PLATFORM, HttpResponse.ok(Map.of()));
    }

    @Post(uri = "/actions", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> action(@Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        MattermostRequestParser.Result result = null;
        for (Map.Entry<String, ButtonTokens> server : servers.buttonTokens().entrySet()) {
            result = servers.parser().action(server.getKey(), raw, server.getValue());
            if (result.request() != null) {
                deliveries.accept(result.request(), MattermostRequestParser.PLATFORM);
                return HttpResponse.ok(Map.of());
            }
        }
        return deliveries.refuse(MattermostRequestParser.PLATFORM, result == null ? new Verification.Rejected(
                Verification.Reason.MISSING_CREDENTIALS, "no Mattermost server is configured") : result.rejected());
    }
}
