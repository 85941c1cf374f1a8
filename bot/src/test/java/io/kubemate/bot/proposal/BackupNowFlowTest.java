package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.backup.VeleroObjects;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "立即备份 loans-12h": a proposal with the Backup it will make, confirmed by the asker, created as them, audited. */
class BackupNowFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(Path.of("../evals/scenarios/backup-schedule-overdue-loans")), Map.of());
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private int backups() {
        return bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.genericKubernetesResources(VeleroObjects.KINDS.get(1)).inAnyNamespace().list().getItems().size());
    }

    @Test
    void a_backup_asked_for_in_chinese_is_proposed_confirmed_and_created() throws Exception {
        int before = backups();
        JsonNode reply = JSON.readTree(bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "b1",
                "text", "立即备份 loans-12h"))).body());
        assertEquals(1, reply.get("proposals").size(), reply.toString());
        JsonNode proposal = reply.get("proposals").get(0);
        assertEquals("backup_now", proposal.get("action").asText());
        assertTrue(proposal.get("diff").asText().contains("from Schedule loans-12h"), proposal.toString());
        assertEquals(before, backups(), "nothing is created before the confirmation");

        JsonNode decided = JSON.readTree(bot.post("/api/proposals/" + proposal.get("id").asText(), JSON.writeValueAsString(Map.of(
                "user", "web:dev", "conversation", "b1", "decision", "confirm"))).body());
        assertEquals("executed", decided.get("status").asText(), decided.toString());
        assertEquals(before + 1, backups());
        List<AuditEvent> events = bot.context().getBean(AuditLog.class).sinks().getFirst().read().stream()
                .filter(r -> "backup_now".equals(r.action())).map(AuditRecord::event).toList();
        assertEquals(List.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.EXECUTED), events);
    }
}
