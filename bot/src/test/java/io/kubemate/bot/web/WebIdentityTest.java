package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The authenticated ways in still work, and the deliberate exposed set-ups still start. */
class WebIdentityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OidcTokens IDP = new OidcTokens("idp-2");

    @Test
    void a_valid_token_acts_as_the_user_it_names() throws Exception {
        Path dir = Files.createTempDirectory("kubemate-oidc");
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.web.oidc.issuer", OidcTokens.ISSUER,
                "kubemate.web.oidc.audience", OidcTokens.AUDIENCE,
                "kubemate.web.oidc.jwks-file", IDP.jwksFile(dir).toString()))) {
            String bearer = "Bearer " + IDP.token("viewer");
            JsonNode me = JSON.readTree(RawHttp.get(bot, "/api/me", "Authorization", bearer).body());
            assertEquals("web:viewer", me.path("user").asText(), me.toString());
            HttpResponse<String> reply = bot.post("/api/chat", "{\"conversation\":\"t1\",\"text\":\"get pods in payments\"}",
                    "Authorization", bearer);
            assertEquals(200, reply.statusCode(), reply.body());
            assertEquals(200, RawHttp.get(bot, "/api/chat/t1", "Authorization", bearer).statusCode());
        }
    }

    @Test
    void an_exposed_bot_starts_in_dev_mode() throws Exception {
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "micronaut.server.host", "0.0.0.0", "kubemate.web.dev-mode", true))) {
            assertEquals(200, bot.get("/health").statusCode());
        }
    }

    @Test
    void an_exposed_bot_starts_with_tokens_and_an_audit_key() throws Exception {
        Path dir = Files.createTempDirectory("kubemate-exposed");
        Path key = Files.writeString(dir.resolve("audit.key"), "an-audit-key-from-a-secret-0123456789abcdef\n");
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "micronaut.server.host", "0.0.0.0",
                "kubemate.audit.key-file", key.toString(),
                "kubemate.web.oidc.issuer", OidcTokens.ISSUER,
                "kubemate.web.oidc.audience", OidcTokens.AUDIENCE,
                "kubemate.web.oidc.jwks-file", IDP.jwksFile(dir).toString()))) {
            assertEquals(401, bot.get("/api/me").statusCode());
        }
    }
}
