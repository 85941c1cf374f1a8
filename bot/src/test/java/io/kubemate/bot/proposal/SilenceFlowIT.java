package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.alerts.Silence;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** silence_alert and expire_silence through proposals and confirmations against the real Alertmanager of deploy/local/test.sh. */
class SilenceFlowIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode post(TestBot bot, String path, Map<String, Object> body) throws Exception {
        var response = bot.post(path, JSON.writeValueAsString(body));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void a_confirmed_silence_is_created_as_the_person_and_a_confirmed_expiry_ends_it() throws Exception {
        String url = System.getenv("KUBEMATE_TEST_ALERTMANAGER_URL");
        if ((url == null || url.isBlank()) && "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
            fail("KUBEMATE_TEST_ALERTMANAGER_URL is not set although the test script promised its services");
        }
        assumeTrue(url != null && !url.isBlank(), "no Alertmanager: run deploy/local/test.sh, which starts one");
        AlertmanagerClient alertmanager = new AlertmanagerClient("it", URI.create(url), Duration.ofSeconds(5));
        String alertname = "PaymentLatencyHigh" + UUID.randomUUID().toString().substring(0, 8);
        alertmanager.postAlerts(List.of(Map.of("labels", Map.of("alertname", alertname, "namespace", "payments", "severity", "warning"),
                "startsAt", Instant.now().toString())));

        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.alertmanager.main.url", url))) {
            JsonNode proposed = post(bot, "/api/chat", Map.of("user", "web:dev", "conversation", "am",
                    "text", "/silence " + alertname + " 2h namespace=payments comment=deploying-fix"));
            assertEquals(1, proposed.get("proposals").size(), proposed.toString());
            String diff = proposed.get("proposals").get(0).get("diff").asText();
            assertTrue(diff.contains("for 2h") && diff.contains("matches 1 firing alert now: " + alertname), diff);
            assertTrue(silences(alertmanager, alertname).isEmpty(), "proposing creates nothing");

            JsonNode done = post(bot, "/api/proposals/" + proposed.get("proposals").get(0).get("id").asText(),
                    Map.of("user", "web:dev", "conversation", "am", "decision", "confirm"));
            assertEquals("executed", done.get("status").asText(), done.toString());
            Silence silence = silences(alertmanager, alertname).getFirst();
            assertEquals("active", silence.state());
            assertEquals("kubemate:system:serviceaccount:kubemate-users:dev", silence.createdBy());

            JsonNode expiry = post(bot, "/api/chat", Map.of("user", "web:dev", "conversation", "am", "text", "/unsilence " + silence.id()));
            assertEquals(1, expiry.get("proposals").size(), expiry.toString());
            post(bot, "/api/proposals/" + expiry.get("proposals").get(0).get("id").asText(),
                    Map.of("user", "web:dev", "conversation", "am", "decision", "confirm"));
            assertEquals("expired", silences(alertmanager, alertname).getFirst().state());
        }
    }

    private static List<Silence> silences(AlertmanagerClient alertmanager, String alertname) {
        var all = ((Outcome.Ok<List<Silence>>) alertmanager.silences()).value();
        return all.stream().filter(s -> s.matchers().stream().anyMatch(m -> m.value().equals(alertname))).toList();
    }
}
