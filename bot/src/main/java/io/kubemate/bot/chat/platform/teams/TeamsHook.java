package io.kubemate.bot.chat.platform.teams;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.teams.TeamsActivityParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.Map;

/**
 * {@code POST /hooks/teams}: the Azure Bot's messaging endpoint. The Bot Connector's bearer token is checked before the
 * body is read; the activity is acknowledged at once and answered later through the Bot Connector.
 */
@Controller("/hooks/teams")
public class TeamsHook {

    private final TeamsBots bots;
    private final Deliveries deliveries;

    public TeamsHook(TeamsBots bots, Deliveries deliveries) {
        this.bots = bots;
        this.deliveries = deliveries;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> activity(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check(TeamsActivityParser.PLATFORM, bots::verify, request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        String bot = checked.account();
        InboundRequest parsed = bots.parser().parse(bot, raw);
        if (parsed instanceof InboundRequest.Received) {
            bots.remember(bot, raw);
        }
        deliveries.accept(parsed, TeamsActivityParser.PLATFORM);
        return HttpResponse.ok(Map.of());
    }
}
