package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 3: outside the development run the console and {@code /api/*} act only for an authenticated identity
 * (OIDC bearer token, or the identity proxy's header from an allow-listed address), and the bot refuses to start
 * exposed without one. A development login configured by mistake must not help an attacker.
 */
class WebIdentityAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OidcTokens IDP = new OidcTokens("idp-1");
    private static TestBot oidc;
    private static TestBot proxied;
    private static Path audit;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("kubemate-oidc");
        audit = dir.resolve("audit.jsonl");
        oidc = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "web:dev",
                "kubemate.audit.file", audit.toString(),
                "kubemate.web.oidc.issuer", OidcTokens.ISSUER,
                "kubemate.web.oidc.audience", OidcTokens.AUDIENCE,
                "kubemate.web.oidc.jwks-file", IDP.jwksFile(dir).toString()));
        proxied = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.web.user-header", "X-Forwarded-User",
                "kubemate.web.trusted-proxies", List.of("10.20.0.0/16")));
    }

    @AfterAll
    static void stop() {
        oidc.close();
        proxied.close();
    }

    private static HttpResponse<String> chat(TestBot bot, String body, String... headers) throws Exception {
        return RawHttp.post(bot, "/api/chat", body.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    private static String ask(String user, String text) throws Exception {
        return JSON.writeValueAsString(user == null ? Map.of("conversation", "id-" + System.nanoTime(), "text", text)
                : Map.of("user", user, "conversation", "id-" + System.nanoTime(), "text", text));
    }

    @Test
    void a_body_user_is_not_trusted_when_tokens_are_required() throws Exception {
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments")), 401);
    }

    @Test
    void the_development_login_does_not_answer_for_an_anonymous_request() throws Exception {
        RawHttp.assertRefused(chat(oidc, ask(null, "get pods in payments")), 401);
    }

    @Test
    void the_console_does_not_show_an_anonymous_visitor_as_logged_in() throws Exception {
        HttpResponse<String> me = RawHttp.get(oidc, "/api/me");
        assertFalse(me.body().contains("web:dev"), me.body());
        RawHttp.assertRefused(me, 401);
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        String forged = new OidcTokens("idp-1").token("dev");
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments"), "Authorization", "Bearer " + forged), 401);
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments"), "Authorization", "Bearer " + OidcTokens.unsigned("dev")), 401);
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        String token = IDP.token(OidcTokens.ISSUER, "another-app", "dev", Instant.now().plusSeconds(600));
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments"), "Authorization", "Bearer " + token), 401);
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        String token = IDP.token("https://evil.example", OidcTokens.AUDIENCE, "dev", Instant.now().plusSeconds(600));
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments"), "Authorization", "Bearer " + token), 401);
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String token = IDP.token(OidcTokens.ISSUER, OidcTokens.AUDIENCE, "dev", Instant.now().minusSeconds(3600));
        RawHttp.assertRefused(chat(oidc, ask("web:dev", "get pods in payments"), "Authorization", "Bearer " + token), 401);
    }

    @Test
    void a_body_user_cannot_override_the_token_identity() throws Exception {
        HttpResponse<String> reply = chat(oidc, ask("web:dev", "scale payment-api to 5"), "Authorization", "Bearer " + IDP.token("viewer"));
        assertTrue(reply.statusCode() == 200 || reply.statusCode() == 403, reply.body());
        JsonNode body = JSON.readTree(reply.body());
        assertTrue(body.path("proposals").isEmpty(), "the viewer got a proposal by naming web:dev: " + reply.body());
    }

    @Test
    void an_identity_header_from_an_address_that_is_not_the_proxy_is_refused() throws Exception {
        RawHttp.assertRefused(chat(proxied, ask(null, "get pods in payments"), "X-Forwarded-User", "dev"), 401);
    }

    @Test
    void a_refused_unknown_user_is_audited_with_the_presented_identity() throws Exception {
        HttpResponse<String> reply = chat(oidc, ask(null, "get pods in payments"), "Authorization", "Bearer " + IDP.token("mallory"));
        RawHttp.assertRefused(reply, 403);
        List<String> lines = Files.exists(audit) ? Files.readAllLines(audit) : List.of();
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"DENIED\"") && l.contains("web:mallory") && l.contains("unknown-user")),
                "no audit record of the refusal: " + lines);
    }

    @Test
    void a_bot_listening_on_every_interface_without_authentication_refuses_to_start() {
        assertThrows(Exception.class, () -> TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "micronaut.server.host", "0.0.0.0", "kubemate.identity.dev-user", "web:dev")).close());
    }
}
