package io.kubemate.bot.toolcall;

import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.knowledge.Audience;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private final Person zhang = new Person("slack:U1", "张三", Subject.serviceAccount("kubemate-users", "u-zhang"), List.of(
            new Grant("trade-operator", false, Set.of("trade", "trade-batch"), Set.of("metrics.read", "logs.read")),
            new Grant("risk-viewer", false, Set.of("risk"), Set.of("logs.read"))), false);

    @Test
    void a_namespaced_person_reads_the_namespaces_their_roles_list_for_the_code() {
        Caller caller = Caller.of(zhang.subject(), zhang);
        assertEquals(Optional.of(Set.of("trade", "trade-batch")), caller.scope("metrics.read").namespaces());
        assertEquals(Optional.of(Set.of("risk", "trade", "trade-batch")), caller.scope("logs.read").namespaces());
        assertFalse(caller.scope("metrics.read").allows("risk"));
        assertEquals(new Audience(false, false, Set.of("risk", "trade", "trade-batch"), Set.of("trade-operator", "risk-viewer")),
                caller.audience());
    }

    @Test
    void a_cluster_wide_grant_reads_everything() {
        Person admin = new Person("web:dev", "dev", Subject.ownCredentials(), List.of(Grant.EVERYTHING), false);
        assertTrue(Caller.of(admin.subject(), admin).scope("metrics.read").everything());
        assertEquals(Audience.EVERYTHING.everything(), Caller.of(admin.subject(), admin).audience().everything());
    }

    @Test
    void a_caller_known_only_by_its_grant_check_lists_no_namespaces() {
        Caller caller = new Caller(zhang.subject(), zhang::may);
        assertTrue(caller.scope("metrics.read").allows("trade"));
        assertTrue(caller.scope("metrics.read").namespaces().isEmpty());
        assertEquals(Audience.PUBLIC_ONLY, caller.audience());
    }
}
