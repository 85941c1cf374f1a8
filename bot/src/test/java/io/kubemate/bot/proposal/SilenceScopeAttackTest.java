package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.JsonLinesAuditSink;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.ServiceAccounts;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.bot.toolcall.Tools;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.kubemate.tools.actions.SilenceAlertAction;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Issue 18 items 11 and 19: a silence asked for by a namespace-limited person cannot reach beyond their namespaces. */
class SilenceScopeAttackTest {

    private static final Person TRADE = new Person("web:lisi", "李四", Subject.serviceAccount("kubemate-users", "u-lisi"),
            List.of(new Grant("trade-operator", false, Set.of("trade"), Set.of("alerts.silence"))), false);

    @TempDir
    Path dir;

    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    private ProposalOutcome propose(Map<String, Object> args) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        AuditLog audit = new AuditLog(List.of(new JsonLinesAuditSink(dir.resolve("audit.jsonl"), json, Clock.systemUTC())));
        ActionProperties properties = new ActionProperties(Duration.ofMinutes(5), List.of("kube-system"), 20);
        Proposer proposer = new Proposer(new Tools(List.of(), List.of(new SilenceAlertAction(List.of(), Clock.systemUTC())), List.of(), new SimpleMeterRegistry()),
                new PlanAsUser(cluster), new ProposalStore(new InMemoryStateStore(Clock.systemUTC()), json), audit, properties,
                new Guardrails(properties, List.of(), List.of()), new ServiceAccounts(cluster), Clock.systemUTC());
        return proposer.propose(TRADE, "c1", "silence_alert", args);
    }

    @Test
    void a_silence_without_a_namespace_is_refused_for_a_namespace_limited_person() {
        assertInstanceOf(ProposalOutcome.Refused.class, propose(Map.of("alertname", "HighLatency")));
    }

    @Test
    void a_silence_naming_the_namespace_only_inside_its_matchers_is_refused() {
        assertInstanceOf(ProposalOutcome.Refused.class, propose(Map.of("alertname", "HighLatency", "matchers", "namespace=\"payments\"")));
    }

    @Test
    void a_silence_of_another_namespace_is_refused() {
        assertInstanceOf(ProposalOutcome.Refused.class, propose(Map.of("alertname", "HighLatency", "namespace", "payments")));
    }
}
