package io.kubemate.bot.chat.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.connectors.slack.SlackSignatureVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hooks end to end: signed requests to the running bot, replies recorded by a stand-in chat API. */
class HooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String POD = "payment-api-7d9f8b6c5d-x2k4p";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ChatApiStandIn api;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        api = new ChatApiStandIn();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.ofEntries(
                Map.entry("kubemate.identity.dev-user", "slack:U024BE7LH"),
                Map.entry("kubemate.identity.users", List.of("mattermost:mmdev=system:serviceaccount:kubemate-users:dev")),
                Map.entry("kubemate.slack.acme.signing-secret", SECRET),
                Map.entry("kubemate.slack.acme.bot-token", "xoxb-test"),
                Map.entry("kubemate.slack.acme.api-url", api.url("/api")),
                Map.entry("kubemate.mattermost.ops.url", api.url("/")),
                Map.entry("kubemate.mattermost.ops.token", "mm-slash-token"),
                Map.entry("kubemate.mattermost.ops.bot-token", "mm-bot-token"),
                Map.entry("kubemate.mattermost.ops.button-secret", "mm-button-secret-0123456789"),
                Map.entry("kubemate.mattermost.ops.action-url", "http://kubemate.example.com/hooks/mattermost/actions"),
                Map.entry("kubemate.alertmanager-webhook.bearer-token", "am-token"),
                Map.entry("kubemate.alertmanager-webhook.routes", List.of("namespace=trade -> slack:acme:C0TRADE",
                        "* -> mattermost:ops:town-square"))));
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
    }

    private static HttpResponse<String> post(String path, byte[] body, String contentType, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class)
                .getURI() + path)).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> slack(String body, String contentType, String... extra) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(Instant.now().getEpochSecond());
        String[] headers = new String[4 + extra.length];
        headers[0] = "X-Slack-Request-Timestamp";
        headers[1] = ts;
        headers[2] = "X-Slack-Signature";
        headers[3] = SlackSignatureVerifier.sign(SECRET, ts, raw);
        System.arraycopy(extra, 0, headers, 4, extra.length);
        return post("/hooks/slack", raw, contentType, headers);
    }

    private static double counter(String name, String tag, String value) {
        var counter = bot.context().getBean(io.micrometer.core.instrument.MeterRegistry.class).find(name).tag(tag, value).counters();
        return counter.stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    private static void idle() throws InterruptedException {
        assertTrue(bot.context().getBean(HookDispatcher.class).awaitIdle(Duration.ofSeconds(60)), "hook work did not finish");
    }

    private static String mention(String eventId, String thread, String text) {
        return """
                {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1764000000,
                 "event":{"type":"app_mention","user":"U024BE7LH","text":"<@U0BOT> %s","ts":"%s","channel":"C1","event_ts":"%s"}}"""
                .formatted(eventId, text, thread, thread);
    }

    @Test
    void a_scheduled_inspection_is_posted_to_a_slack_channel() {
        bot.context().getBean(io.kubemate.bot.inspect.ScheduledInspections.class).run(new io.kubemate.bot.inspect.InspectionSchedule(
                "daily", "0 0 8 * * *", "payments", List.of("slack:acme:C0INSPECT", "slack:nowhere:C1"), null, null));
        List<JsonNode> posts = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("channel").asText().equals("C0INSPECT")).toList();
        assertTrue(!posts.isEmpty() && posts.toString().contains("CrashLoopBackOff"), posts.toString());
        assertTrue(posts.getFirst().toString().contains("Scheduled inspection daily"), posts.getFirst().toString());
        assertTrue(posts.stream().noneMatch(p -> p.path("thread_ts").isTextual()), "a report starts its own thread");
    }

    @Test
    void a_duplicated_slack_delivery_gets_exactly_one_reply_in_its_thread() throws Exception {
        String event = mention("Ev-dup-1", "1764000000.000100", "get pods in payments");
        assertEquals(200, slack(event, "application/json").statusCode());
        assertEquals(200, slack(event, "application/json", "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode());
        idle();
        List<JsonNode> replies = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("thread_ts").asText().equals("1764000000.000100")).toList();
        assertEquals(1, replies.size(), replies.toString());
        assertTrue(counter(io.kubemate.bot.metrics.HookMetrics.DUPLICATES, "platform", "slack") >= 1, "the redelivery is counted");
        assertEquals("C1", replies.getFirst().path("channel").asText());
        assertTrue(replies.getFirst().toString().contains(POD), replies.getFirst().toString());
    }

    @Test
    void refuses_a_slack_request_with_a_bad_signature_or_an_old_timestamp() throws Exception {
        byte[] raw = mention("Ev-bad", "1.1", "get pods").getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(Instant.now().getEpochSecond());
        HttpResponse<String> forged = post("/hooks/slack", raw, "application/json", "X-Slack-Request-Timestamp", now,
                "X-Slack-Signature", SlackSignatureVerifier.sign("wrong-secret", now, raw));
        assertEquals(401, forged.statusCode());
        assertEquals("Slack signature does not match any configured signing secret", read(forged.body()).path("error").asText());
        String old = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
        HttpResponse<String> replay = post("/hooks/slack", raw, "application/json", "X-Slack-Request-Timestamp", old,
                "X-Slack-Signature", SlackSignatureVerifier.sign(SECRET, old, raw));
        assertEquals(401, replay.statusCode());
        assertTrue(read(replay.body()).path("error").asText().contains("outside the 5-minute window"), replay.body());
        assertTrue(counter(io.kubemate.bot.metrics.HookMetrics.REJECTED, "platform", "slack") >= 2, "refusals are counted");
    }

    @Test
    void answers_slacks_url_verification() throws Exception {
        HttpResponse<String> response = slack("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRN\",\"type\":\"url_verification\"}", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals("3eZbrw1aBm2rZgRN", response.body());
    }

    @Test
    void a_slash_command_is_answered_and_a_confirm_click_executes_the_proposal() throws Exception {
        List<JsonNode> channel = slashCommandThenConfirm("C2", "scale payment-api to 3");
        JsonNode decision = channel.stream().filter(b -> b.toString().contains("Done:")).findFirst()
                .orElseThrow(() -> new AssertionError("no Done: in " + channel));
        assertTrue(decision.path("thread_ts").isMissingNode(), "a slash command's conversation is the channel: " + decision);
    }

    @Test
    void a_confirm_click_is_answered_in_the_language_the_change_was_asked_in() throws Exception {
        List<JsonNode> channel = slashCommandThenConfirm("C7", "把 ledger-api 扩容到 3 个副本");
        assertTrue(channel.stream().anyMatch(b -> b.toString().contains("已执行")), "the decision reply is in Chinese: " + channel);
    }

    /** {@code /kubemate <text>} in {@code channel}, then a click on Confirm of its proposal: the messages posted there. */
    private static List<JsonNode> slashCommandThenConfirm(String channel, String text) throws Exception {
        String form = "team_id=T1&channel_id=" + channel + "&user_id=U024BE7LH&command=%2Fkubemate&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&trigger_id=trig-" + channel;
        assertEquals(200, slack(form, "application/x-www-form-urlencoded").statusCode());
        idle();
        JsonNode proposal = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("channel").asText().equals(channel)).findFirst().orElseThrow();
        JsonNode actions = proposal.path("blocks").get(proposal.path("blocks").size() - 1);
        assertEquals("actions", actions.path("type").asText(), proposal.toString());
        String id = actions.path("elements").get(0).path("value").asText();
        String payload = """
                {"type":"block_actions","user":{"id":"U024BE7LH"},"team":{"id":"T1"},"channel":{"id":"%s"},
                 "container":{"message_ts":"1764000100.%s"},"message":{"ts":"1764000100.%s"},
                 "actions":[{"action_id":"kubemate_confirm","value":"%s","action_ts":"1764000101.%s"}]}"""
                .formatted(channel, channel.hashCode() & 0xffff, channel.hashCode() & 0xffff, id, channel.hashCode() & 0xffff);
        assertEquals(200, slack("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded").statusCode());
        idle();
        return api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("channel").asText().equals(channel)).toList();
    }

    @Test
    void a_question_asked_back_offers_its_candidates_as_buttons_and_a_click_answers_it() throws Exception {
        assertEquals(200, slack(mention("Ev-ask-1", "1764000200.000100", "delete pod payment-api"), "application/json").statusCode());
        idle();
        JsonNode asked = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("thread_ts").asText().equals("1764000200.000100")).findFirst().orElseThrow();
        JsonNode actions = asked.path("blocks").get(asked.path("blocks").size() - 1);
        assertEquals("actions", actions.path("type").asText(), asked.toString());
        assertEquals(2, actions.path("elements").size(), actions.toString());
        String value = actions.path("elements").get(1).path("value").asText();
        assertTrue(value.startsWith("say:delete pod payment-api-"), value);
        String pod = value.substring("say:delete pod ".length()).split(" ")[0];
        String payload = """
                {"type":"block_actions","user":{"id":"U024BE7LH"},"team":{"id":"T1"},"channel":{"id":"C1"},
                 "container":{"message_ts":"1764000201.5","thread_ts":"1764000200.000100"},
                 "message":{"ts":"1764000201.5","thread_ts":"1764000200.000100"},
                 "actions":[{"action_id":"kubemate_choice_1","value":%s,"action_ts":"1764000202.1"}]}""".formatted(HookCalls.JSON.writeValueAsString(value));
        assertEquals(200, slack("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded").statusCode());
        idle();
        List<JsonNode> thread = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("thread_ts").asText().equals("1764000200.000100")).toList();
        assertEquals(2, thread.size(), thread.toString());
        assertTrue(thread.get(1).toString().contains(pod) && thread.get(1).toString().contains("kubemate_confirm"),
                "the click proposes deleting exactly the chosen pod: " + thread.get(1));
    }

    @Test
    void an_alert_group_delivered_twice_posts_once_and_a_wrong_token_is_refused() throws Exception {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/alertmanager-firing.json")) {
            body = in.readAllBytes();
        }
        assertEquals(401, post("/hooks/alertmanager", body, "application/json", "Authorization", "Bearer nope").statusCode());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = post("/hooks/alertmanager", body, "application/json", "Authorization", "Bearer am-token");
            assertEquals(200, response.statusCode(), response.body());
            idle();
        }
        List<JsonNode> posts = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("channel").asText().equals("C0TRADE")).toList();
        assertEquals(1, posts.size());
        assertTrue(posts.getFirst().path("text").asText().startsWith("[FIRING 2] HighLatency · trade"), posts.getFirst().toString());
    }

    @Test
    void mattermost_slash_commands_need_the_token_and_forged_buttons_are_refused() throws Exception {
        byte[] slash = "channel_id=mmchan&team_id=t1&user_id=mmuser&command=%2Fkubemate&text=%2Fhelp&trigger_id=mm-trig-1&token=mm-slash-token"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(401, post("/hooks/mattermost", "token=wrong&channel_id=c&user_id=u".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded").statusCode());
        assertEquals(200, post("/hooks/mattermost", slash, "application/x-www-form-urlencoded").statusCode());
        idle();
        List<ChatApiStandIn.Call> posts = api.calls("/api/v4/posts");
        assertEquals(1, posts.size());
        assertTrue(posts.getFirst().body().contains("unknown user 'mattermost:mmuser'"), posts.getFirst().body());
        String forged = """
                {"user_id":"mmuser","channel_id":"mmchan","post_id":"p1","context":{"decision":"confirm","value":"p-1","user":"","token":"1999999999.AAAA"}}""";
        HttpResponse<String> click = post("/hooks/mattermost/actions", forged.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(401, click.statusCode());
        assertTrue(read(click.body()).path("error").asText().contains("forged or altered"), click.body());
    }

    @Test
    void an_inspection_export_on_slack_uploads_the_html_report_into_the_thread() throws Exception {
        assertEquals(200, slack(mention("Ev-export-1", "1764000300.000100", "/inspect export payments"), "application/json").statusCode());
        idle();
        JsonNode summary = api.calls("/api/chat.postMessage").stream().map(c -> read(c.body()))
                .filter(b -> b.path("thread_ts").asText().equals("1764000300.000100")).findFirst().orElseThrow();
        assertTrue(summary.toString().contains("CrashLoopBackOff") && summary.toString().contains("attached"), summary.toString());
        assertTrue(!summary.toString().contains("kubemate_confirm"), "an export never proposes a change: " + summary);
        ChatApiStandIn.Call ticket = api.calls("/api/files.getUploadURLExternal").stream()
                .filter(c -> c.body().contains("-payments-")).findFirst().orElseThrow();
        assertTrue(ticket.body().matches("filename=inspection-.*-payments-\\d{8}-\\d{4}\\.html&length=\\d+"), ticket.body());
        String fileId = ticket.body().isEmpty() ? "" : api.calls("/api/files.completeUploadExternal").stream().map(c -> read(c.body()))
                .filter(b -> b.path("thread_ts").asText().equals("1764000300.000100")).findFirst().orElseThrow()
                .path("files").get(0).path("id").asText();
        ChatApiStandIn.Call uploaded = api.calls("/upload/" + fileId).getFirst();
        assertTrue(uploaded.body().startsWith("<!doctype html>") && uploaded.body().contains("payment-api"), uploaded.body());
    }

    @Test
    void an_inspection_export_on_mattermost_uploads_the_html_report_with_its_post() throws Exception {
        byte[] slash = ("channel_id=mmexport&team_id=t1&user_id=mmdev&command=%2Fkubemate&text=" + URLEncoder.encode("导出 payments 的巡检报告",
                StandardCharsets.UTF_8) + "&trigger_id=mm-trig-export&token=mm-slash-token").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post("/hooks/mattermost", slash, "application/x-www-form-urlencoded").statusCode());
        idle();
        List<JsonNode> posts = api.calls("/api/v4/posts").stream().map(c -> read(c.body()))
                .filter(b -> b.path("channel_id").asText().equals("mmexport")).toList();
        assertTrue(posts.size() >= 2, posts.toString());
        assertTrue(posts.getFirst().toString().contains("附件"), "the summary in Chinese says the report is attached: " + posts.getFirst());
        JsonNode withFile = posts.stream().filter(p -> p.has("file_ids")).findFirst().orElseThrow();
        assertTrue(withFile.path("message").asText().startsWith("巡检报告 inspection-"), withFile.toString());
        assertTrue(api.calls("/api/v4/files").stream().anyMatch(c -> c.body().contains("<!doctype html>") && c.body().contains("巡检报告")),
                "the uploaded file is the Chinese HTML report");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
