package io.kubemate.bot.web;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/**
 * Issue 18 item 14: a page on another site must not be able to act in the console's name. Browsers let any page post
 * forms ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) cross-site without
 * asking, and send the page's {@code Origin} with every POST.
 */
class CrossSiteRequestAttackTest {

    private static final String CHAT = "{\"user\":\"web:dev\",\"conversation\":\"csrf-1\",\"text\":\"scale payment-api to 5\"}";
    private static final String DECIDE = "{\"user\":\"web:dev\",\"conversation\":\"csrf-1\",\"decision\":\"confirm\"}";
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_text_plain_form_cannot_chat() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(CHAT), "text/plain"), 415);
    }

    @Test
    void an_url_encoded_form_cannot_chat() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes("{\"user\":\"web:dev\",\"conversation\":\"csrf-1\",\"text\":\"x\"}="),
                "application/x-www-form-urlencoded"), 415);
    }

    @Test
    void a_multipart_form_cannot_chat() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n" + CHAT + "\r\n--b--\r\n";
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(body), "multipart/form-data; boundary=b"), 415);
    }

    @Test
    void a_body_without_a_content_type_cannot_chat() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(CHAT), null), 415);
    }

    @Test
    void a_text_plain_form_cannot_confirm_a_proposal() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/proposals/p-1", bytes(DECIDE), "text/plain"), 415);
    }

    @Test
    void a_text_plain_form_cannot_ingest_knowledge() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/knowledge/ingest", bytes("{\"user\":\"web:dev\",\"target\":\"/etc\"}"), "text/plain"), 415);
    }

    @Test
    void another_site_cannot_chat_with_json() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(CHAT), "application/json", "Origin", "https://evil.example"), 403);
    }

    @Test
    void another_site_cannot_confirm_a_proposal() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/proposals/p-1", bytes(DECIDE), "application/json", "Origin", "https://evil.example"), 403);
    }

    @Test
    void a_sandboxed_frame_with_a_null_origin_cannot_chat() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(CHAT), "application/json", "Origin", "null"), 403);
    }

    @Test
    void a_look_alike_origin_on_another_port_cannot_chat() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes(CHAT), "application/json", "Origin", "http://127.0.0.1:1"), 403);
    }

    @Test
    void another_site_cannot_read_the_console_identity() throws Exception {
        RawHttp.assertRefused(RawHttp.get(bot, "/api/me", "Origin", "https://evil.example"), 403);
    }
}
