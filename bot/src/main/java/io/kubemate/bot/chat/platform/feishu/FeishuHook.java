package io.kubemate.bot.chat.platform.feishu;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.connectors.feishu.FeishuRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.Map;

/**
 * {@code POST /hooks/feishu}: the event subscription's request URL, for messages ({@code im.message.receive_v1}) and
 * card buttons ({@code card.action.trigger}). Verified over the raw bytes, answered at once (Feishu waits three
 * seconds, then redelivers with the same {@code event_id}).
 */
@Controller("/hooks/feishu")
public class FeishuHook {

    private final FeishuBots bots;
    private final Deliveries deliveries;

    public FeishuHook(FeishuBots bots, Deliveries deliveries) {
        this.bots = bots;
        this.deliveries = deliveries;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> event(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check(FeishuRequestParser.PLATFORM, bots.verifier(), request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        return deliveries.answer(bots.parser().parse(checked.account(), raw), FeishuRequestParser.PLATFORM, HttpResponse.ok(Map.of()));
    }
}
