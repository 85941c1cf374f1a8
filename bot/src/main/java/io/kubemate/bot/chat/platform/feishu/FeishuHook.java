package io.kubemate.bot.chat.platform.feishu;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Verification;
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
        Verification verification = bots.verifier().verify(raw, HookHttp.headers(request));
        if (verification instanceof Verification.Rejected rejected) {
            return deliveries.refuse(FeishuRequestParser.PLATFORM, rejected);
        }
        InboundRequest parsed = bots.parser().parse(((Verification.Verified) verification).account(), raw);
        if (parsed instanceof InboundRequest.Challenge challenge) {
            return HttpResponse.ok(challenge.body()).contentType(challenge.contentType());
        }
        deliveries.accept(parsed, FeishuRequestParser.PLATFORM);
        return HttpResponse.ok(Map.of());
    }
}
