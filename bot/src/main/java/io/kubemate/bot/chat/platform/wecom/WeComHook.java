package io.kubemate.bot.chat.platform.wecom;

import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.wecom.WeComRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

/**
 * {@code /hooks/wecom}: the app's callback URL. {@code GET} is WeCom's URL check (answer the decrypted
 * {@code echostr}); {@code POST} carries an encrypted message or card event. Both are signed in the query string
 * ({@code msg_signature}, {@code timestamp}, {@code nonce}); WeCom waits five seconds, so the answer is immediate and
 * empty.
 */
@Controller("/hooks/wecom")
public class WeComHook {

    private final WeComApps apps;
    private final Deliveries deliveries;

    public WeComHook(WeComApps apps, Deliveries deliveries) {
        this.apps = apps;
        this.deliveries = deliveries;
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public HttpResponse<?> check(HttpRequest<?> request) {
        return handle(request, new byte[0]);
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<?> callback(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return handle(request, body == null ? new byte[0] : body);
    }

    private HttpResponse<?> handle(HttpRequest<?> request, byte[] raw) {
        RequestHeaders query = HookHttp.query(request);
        Verification verification = apps.verifier().verify(raw, query);
        if (verification instanceof Verification.Rejected rejected) {
            return deliveries.refuse(WeComRequestParser.PLATFORM, rejected).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        InboundRequest parsed = apps.parser().parse(((Verification.Verified) verification).account(), query, raw);
        if (parsed instanceof InboundRequest.Challenge challenge) {
            return HttpResponse.ok(challenge.body()).contentType(challenge.contentType());
        }
        deliveries.accept(parsed, WeComRequestParser.PLATFORM);
        return HttpResponse.ok("");
    }
}
