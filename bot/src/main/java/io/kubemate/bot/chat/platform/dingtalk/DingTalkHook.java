package io.kubemate.bot.chat.platform.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.Deliveries;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.dingtalk.DingTalkCrypto;
import io.kubemate.connectors.dingtalk.DingTalkRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/**
 * {@code POST /hooks/dingtalk}: the robot's HTTP callback. The {@code timestamp}/{@code sign} headers name the robot
 * but cover only the timestamp, so the body must be encrypted: its SHA-1 signature (query {@code signature} or
 * {@code msg_signature}, {@code timestamp}, {@code nonce}) covers the ciphertext. Answered with the encrypted
 * {@code success} DingTalk expects; the work happens afterwards.
 */
@Controller("/hooks/dingtalk")
public class DingTalkHook {

    private final DingTalkRobots robots;
    private final Deliveries deliveries;
    private final ObjectMapper json;

    public DingTalkHook(DingTalkRobots robots, Deliveries deliveries, ObjectMapper json) {
        this.robots = robots;
        this.deliveries = deliveries;
        this.json = json;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> callback(HttpRequest<?> request, @Body @Nullable byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Deliveries.Checked checked = deliveries.check(DingTalkRequestParser.PLATFORM, robots.verifier(), request, raw);
        if (checked.refused()) {
            return checked.refusal();
        }
        String robot = checked.account();
        DingTalkCrypto crypto = robots.crypto(robot).orElse(null);
        if (crypto == null) {
            return deliveries.refuse(DingTalkRequestParser.PLATFORM, new Verification.Rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "DingTalk robot " + robot + " receives over Stream mode, not HTTP"));
        }
        String encrypt = Json.text(Json.read(json, raw, "DingTalk callback body"), "encrypt");
        if (encrypt == null) {
            return deliveries.refuse(DingTalkRequestParser.PLATFORM, new Verification.Rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "DingTalk HTTP callbacks must be encrypted: the sign header covers only the timestamp"));
        }
        RequestHeaders query = HookHttp.query(request);
        String timestamp = query.first("timestamp").orElse(null);
        String nonce = query.first("nonce").orElse(null);
        DingTalkCrypto.Opened opened = crypto.open(robot, query.first("msg_signature").or(() -> query.first("signature")).orElse(null),
                timestamp, nonce, encrypt);
        if (opened.verification() instanceof Verification.Rejected rejected) {
            return deliveries.refuse(DingTalkRequestParser.PLATFORM, rejected);
        }
        deliveries.accept(robots.parser().parse(robot, opened.plaintext()), DingTalkRequestParser.PLATFORM);
        return HttpResponse.ok(crypto.reply("success", timestamp, nonce));
    }
}
