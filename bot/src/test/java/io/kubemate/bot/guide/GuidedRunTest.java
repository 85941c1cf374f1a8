package io.kubemate.bot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A guided run of the bundled crash-loop runbook against the scenario sandbox, driven through the chat API. */
class GuidedRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private JsonNode say(String user, String text) throws Exception {
        return say(user, text, "inc-1");
    }

    private JsonNode say(String user, String text, String conversation) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user, "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String reply(JsonNode node) {
        return node.get("reply").asText();
    }

    @Test
    void walks_read_prose_and_action_steps_recording_who_did_each() throws Exception {
        JsonNode first = say("web:dev", "walk me through the crashloop runbook for payment-api");
        assertTrue(reply(first).contains("Step 1/11"), reply(first));
        assertTrue(reply(first).contains("PAYMENT_GATEWAY_TIMEOUT"), "the diagnose step ran as the person: " + reply(first));
        assertEquals("runbook_start", first.get("tool").asText());

        JsonNode logs = say("web:dev", "next");
        assertTrue(reply(logs).contains("Step 2/11") && reply(logs).contains("set container=<value>"), reply(logs));
        JsonNode bound = say("web:dev", "set container=api");
        assertTrue(reply(bound).contains("invalid duration"), "the previous logs of the auto-bound pod: " + reply(bound));

        assertTrue(reply(say("web:dev", "next")).contains("Step 3/11"));
        assertTrue(reply(say("web:dev", "skip")).contains("Step 4/11"));
        say("web:dev", "next");
        say("web:dev", "next");
        JsonNode prose = say("web:dev", "next");
        assertTrue(reply(prose).contains("Step 7/11") && reply(prose).contains("say `done`"), reply(prose));

        JsonNode action = say("web:dev", "done");
        assertTrue(reply(action).contains("Step 8/11") && reply(action).contains("set new_request=<value>"), reply(action));
        say("web:dev", "set new_request=256Mi");
        JsonNode proposed = say("web:dev", "set new_limit=768Mi");
        assertEquals(1, proposed.get("proposals").size(), reply(proposed));
        assertEquals("set_resources", proposed.get("proposals").get(0).get("action").asText());

        JsonNode status = say("web:viewer", "status");
        assertTrue(reply(status).contains("step 8 of 11"), reply(status));

        JsonNode back = say("web:dev", "back");
        assertTrue(reply(back).contains("Step 7/11"), reply(back));

        JsonNode aborted = say("web:dev", "abort");
        assertTrue(reply(aborted).contains("was aborted") && reply(aborted).contains("# Incident record"), reply(aborted));
        String record = reply(say("web:dev", "/incident export"));
        assertTrue(record.contains("step 3 skipped"), record);
        assertTrue(record.contains("proposed set_resources"), record);
        assertTrue(record.contains("| web:dev |"), "each step records who: " + record);
        assertTrue(record.contains("asked: walk me through the crashloop runbook"), record);
    }

    @Test
    void an_action_step_reached_by_someone_without_the_permission_is_refused_and_recorded() throws Exception {
        say("web:dev", "/guide crashloop-backoff workload=payment-api namespace=payments container=api new_request=256Mi new_limit=768Mi");
        for (int i = 0; i < 6; i++) {
            say("web:dev", "next");
        }
        JsonNode refused = say("web:viewer", "done");
        assertTrue(reply(refused).contains("Step 8/11"), reply(refused));
        assertEquals(0, refused.get("proposals").size(), reply(refused));
        assertTrue(reply(refused).contains("do not grant workloads.resources"), reply(refused));
        assertTrue(reply(say("web:dev", "/incident export")).contains("refused set_resources"));
    }

    @Test
    void an_unknown_runbook_offers_the_closest_and_the_router_handles_chinese() throws Exception {
        JsonNode unknown = say("web:dev", "/guide crashloop-backof");
        assertTrue(reply(unknown).contains("crashloop-backoff"), reply(unknown));
        JsonNode zh = say("web:dev", "带我走一遍 payment-api 的 crashloop 处理手册");
        assertTrue(reply(zh).contains("第 1/11 步"), reply(zh));
        JsonNode next = say("web:dev", "下一步");
        assertTrue(reply(next).contains("第 2/11 步"), reply(next));
    }

    @Test
    void an_alerts_runbook_button_starts_the_runbook_listing_that_alert_with_its_labels() throws Exception {
        JsonNode started = say("web:dev", "/guide KubePodCrashLooping namespace=payments workload=payment-api", "alert-1");
        assertTrue(reply(started).contains("Step 1/11"), reply(started));
        var run = bot.context().getBean(GuidedRunStore.class).of("alert-1").orElseThrow();
        assertEquals("crashloop-backoff", run.runbookId());
        assertEquals("payments", run.variables().get("namespace"));
        assertEquals("payment-api", run.variables().get("workload"));
    }

    @Test
    void a_paused_run_is_not_replaced_by_starting_another_runbook() throws Exception {
        say("web:dev", "/guide crashloop-backoff workload=payment-api namespace=payments");
        say("web:dev", "next");
        say("web:dev", "pause");

        JsonNode other = say("web:dev", "/guide " + otherRunbook());
        assertTrue(reply(other).contains("still open") && reply(other).contains("paused"), reply(other));
        var run = bot.context().getBean(GuidedRunStore.class).of("inc-1").orElseThrow();
        assertEquals("crashloop-backoff", run.runbookId());
        assertEquals(1, run.current(), "the paused run kept its place");

        JsonNode resumed = say("web:dev", "resume");
        assertTrue(reply(resumed).contains("Step 2/11"), reply(resumed));
    }

    @Test
    void the_incident_record_marks_skipped_steps_and_downloads_as_markdown_and_json() throws Exception {
        say("web:dev", "/guide crashloop-backoff workload=payment-api namespace=payments container=api");
        say("web:dev", "skip");
        say("web:dev", "next");
        say("web:dev", "abort");

        String record = reply(say("web:dev", "/incident export"));
        assertTrue(record.contains("| 1 |") && record.contains("**skipped**"), record);
        assertTrue(record.contains("Skipped steps: 1"), record);

        var markdown = bot.get("/api/incident/inc-1?format=md&user=web:dev");
        assertEquals(200, markdown.statusCode(), markdown.body());
        assertTrue(markdown.headers().firstValue("Content-Disposition").orElse("").contains("incident-inc-1.md"));
        assertTrue(markdown.body().startsWith("# Incident record"), markdown.body());

        var json = bot.get("/api/incident/inc-1?format=json&user=web:dev");
        assertEquals(200, json.statusCode(), json.body());
        JsonNode incident = JSON.readTree(json.body());
        assertEquals("crashloop-backoff", incident.get("runbook").asText());
        assertEquals("aborted", incident.get("status").asText());
        assertTrue(incident.get("steps").get(0).get("skipped").asBoolean(), json.body());
        assertEquals("web:dev", incident.get("startedBy").asText());

        assertEquals(404, bot.get("/api/incident/inc-1?format=md&user=web:viewer").statusCode(),
                "someone who never took part does not get the record");
        assertEquals(400, bot.get("/api/incident/inc-1?format=pdf&user=web:dev").statusCode());
    }

    @Test
    void the_incident_record_includes_changes_executed_in_another_thread_on_its_namespace() throws Exception {
        say("web:dev", "/guide crashloop-backoff workload=payment-api namespace=payments container=api", "inc-3");
        JsonNode proposed = say("web:dev", "scale payment-api in payments to 3", "side-3");
        assertEquals(1, proposed.get("proposals").size(), reply(proposed));
        String id = proposed.get("proposals").get(0).get("id").asText();
        var decided = bot.post("/api/proposals/" + id, JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "side-3",
                "decision", "confirm")));
        assertEquals(200, decided.statusCode(), decided.body());

        String record = reply(say("web:dev", "/incident export", "inc-3"));
        assertTrue(record.contains("scaled to 3 replicas (in thread `side-3`)"), record);
        JsonNode incident = JSON.readTree(bot.get("/api/incident/inc-3?format=json&user=web:dev").body());
        boolean fromSide = false;
        for (JsonNode entry : incident.get("timeline")) {
            fromSide |= "side-3".equals(entry.path("thread").asText()) && "executed".equals(entry.get("kind").asText());
        }
        assertTrue(fromSide, incident.toString());
        assertTrue(reply(say("web:dev", "/incident export", "side-3")).contains("No incident record"),
                "the other thread has no runbook run of its own");
    }

    @Test
    void a_chinese_run_writes_its_incident_record_in_chinese() throws Exception {
        say("web:dev", "带我走一遍 payment-api 的 crashloop 处理手册");
        say("web:dev", "跳过");
        say("web:dev", "终止");
        String record = reply(say("web:dev", "/incident export"));
        assertTrue(record.contains("# 事件记录") && record.contains("**已跳过**") && record.contains("## 时间线"), record);
    }

    private String otherRunbook() {
        return bot.context().getBean(RunbookLibrary.class).ids().stream().filter(id -> !id.equals("crashloop-backoff"))
                .findFirst().orElseThrow();
    }
}
