package io.kubemate.bot.chat.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.HookCalls;
import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /hooks/teams} end to end: activities with Bot Connector tokens signed by a local key in; replies to the
 * stand-in Bot Connector the activities name (not the configured default).
 */
class TeamsHookTest {

    private static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";
    private static final String CONVERSATION = "19:a1b2c3d4e5f6@thread.tacv2;messageid=1764000000000";
    private static final String REQUESTER = "6b8f2b7e-5a3c-4d7e-9f1a-0c2d3e4f5a6b";
    private static final String ACTIVITIES = "/emea/v3/conversations/" + CONVERSATION + "/activities";
    private static String serviceUrl;
    private static RSAKey key;
    private static PlatformApiStandIn api;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("bf-key-1").generate();
        Path keys = Files.createTempFile("botframework-keys", ".json");
        Files.writeString(keys, new JWKSet(key.toPublicJWK()).toString());
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/token")
                ? "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"eyJ0eXAi.bot\"}"
                : "{\"id\":\"17640002000" + n + "\"}");
        serviceUrl = api.url("/emea/");
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "teams:" + REQUESTER,
                "kubemate.teams.ops.app-id", APP_ID,
                "kubemate.teams.ops.app-password", "app-password",
                "kubemate.teams.ops.signing-keys", keys.toString(),
                "kubemate.teams.ops.service-url", api.url("/default/"),
                "kubemate.teams.ops.trusted-service-urls", List.of(api.url("/")),
                "kubemate.teams.ops.token-url", api.url("/botframework.com/oauth2/v2.0/token")));
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
    }

    private static String token(RSAKey signer, String audience) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(audience)
                .notBeforeTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("serviceurl", serviceUrl).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static String message(String id, String aadObjectId, String text) {
        return """
                {"type":"message","id":"%s","timestamp":"2026-11-24T10:40:00.123Z","serviceUrl":"%s",
                 "channelId":"msteams","from":{"id":"29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB","name":"张三","aadObjectId":"%s"},
                 "conversation":{"isGroup":true,"conversationType":"channel","id":"%s"},
                 "recipient":{"id":"28:%s","name":"Kubemate"},"textFormat":"plain","text":"<at>Kubemate</at> %s"}"""
                .formatted(id, serviceUrl, aadObjectId, CONVERSATION, APP_ID, text);
    }

    private static String submit(String id, String aadObjectId, JsonNode data) {
        return """
                {"type":"message","id":"%s","serviceUrl":"%s","channelId":"msteams",
                 "from":{"id":"29:someone","aadObjectId":"%s"},"conversation":{"id":"%s"},"replyToId":"1764000200001","value":%s}"""
                .formatted(id, serviceUrl, aadObjectId, CONVERSATION, data);
    }

    private static HttpResponse<String> deliver(String activity, String token) throws Exception {
        return HookCalls.send(bot, "POST", "/hooks/teams", "application/json", activity, "Authorization", "Bearer " + token);
    }

    private static List<PlatformApiStandIn.Call> posts() {
        return api.calls(ACTIVITIES);
    }

    @Test
    void signing_keys_that_cannot_be_fetched_answer_503_so_the_bot_connector_delivers_again() throws Exception {
        try (TestBot fetching = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.teams.ops.app-id", APP_ID,
                "kubemate.teams.ops.app-password", "app-password",
                "kubemate.teams.ops.openid-metadata", "http://127.0.0.1:9/v1/.well-known/openidconfiguration"))) {
            HttpResponse<String> response = HookCalls.send(fetching, "POST", "/hooks/teams", "application/json",
                    message("1764000000100", REQUESTER, "get pods"), "Authorization", "Bearer " + token(key, APP_ID));
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(read(response.body()).path("error").asText().startsWith("the signing keys cannot be fetched"), response.body());
        }
    }

    @Test
    void a_redelivered_activity_gets_exactly_one_reply_and_a_token_from_another_key_is_refused() throws Exception {
        String activity = message("1764000000101", REQUESTER, "get pods in payments");
        HttpResponse<String> forged = deliver(activity, token(new RSAKeyGenerator(2048).keyID("bf-key-1").generate(), APP_ID));
        assertEquals(401, forged.statusCode());
        assertEquals("the token's signature does not verify", read(forged.body()).path("error").asText());
        assertEquals(401, deliver(activity, token(key, "another-bot")).statusCode());
        assertEquals(200, deliver(activity, token(key, APP_ID)).statusCode());
        assertEquals(200, deliver(activity, token(key, APP_ID)).statusCode());
        idle(bot);
        List<PlatformApiStandIn.Call> replies = posts().stream().filter(c -> c.body().contains("payment-api-7d9f8b6c5d-x2k4p")).toList();
        assertEquals(1, replies.size(), posts().toString());
        assertEquals("application/vnd.microsoft.card.adaptive", read(replies.getFirst().body()).path("attachments").get(0).path("contentType").asText());
    }

    @Test
    void a_card_confirm_is_refused_for_another_person_and_executes_for_the_requester() throws Exception {
        assertEquals(200, deliver(message("1764000000201", REQUESTER, "scale payment-api to 3"), token(key, APP_ID)).statusCode());
        idle(bot);
        JsonNode confirm = posts().stream().map(c -> read(c.body()).path("attachments").path(0).path("content").path("actions").path(0))
                .filter(a -> "confirm".equals(a.path("data").path("kubemate_action").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Confirm in " + posts())).path("data");
        int before = posts().size();
        assertEquals(200, deliver(submit("f:other", "aad-someone-else", confirm), token(key, APP_ID)).statusCode());
        idle(bot);
        assertEquals(before + 1, posts().size(), "the other person is answered in the conversation");
        assertTrue(posts().stream().noneMatch(TeamsHookTest::executed), posts().toString());
        assertEquals(200, deliver(submit("f:mine", REQUESTER, confirm), token(key, APP_ID)).statusCode());
        idle(bot);
        assertTrue(posts().stream().anyMatch(TeamsHookTest::executed), posts().toString());
    }

    private static boolean executed(PlatformApiStandIn.Call call) {
        return call.body().contains("Done:") && !call.body().contains("Not done:");
    }
}
