package io.kubemate.tools.kube;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secret values through the read tools (issue 18.5): whatever the RBAC allows, even for an administrator, a
 * Secret shows its metadata and key names, never a value, a value's length or an annotation's value.
 */
class SecretReadAttackTest {

    private static ClusterAccess cluster;
    private static final Redactor REDACTOR = new Redactor();

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/tenants"), Fixtures.resource("clusters/tenants-logs"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static String shown(Outcome<? extends Reportable> outcome) {
        Reportable r = (Reportable) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value();
        return r.markdown() + r.evidence();
    }

    private static String describe() {
        return shown(new ObjectDescriber(cluster, new EventReader(cluster, REDACTOR, Fixtures.CLOCK), REDACTOR, Fixtures.CLOCK)
                .describe(Subject.ownCredentials(), ReadAccess.ALL, "secret", "trade", "order-db"));
    }

    @Test
    void describe_shows_no_data_value() {
        String shown = describe();
        assertFalse(shown.contains("U0VDUkVULURBVEEtVkFMVUU") || shown.contains("SECRET-DATA-VALUE"), shown);
    }

    @Test
    void describe_shows_no_string_data_value() {
        assertFalse(describe().contains("SECRET-STRINGDATA-VALUE"), describe());
    }

    @Test
    void describe_shows_no_annotation_value() {
        assertFalse(describe().contains("SECRET-ANNOTATION-VALUE"), describe());
    }

    @Test
    void describe_shows_no_value_length() {
        assertFalse(describe().contains("chars"), describe());
    }

    @Test
    void get_by_name_shows_no_value() {
        String shown = shown(new ObjectReader(cluster, Fixtures.CLOCK).get(Subject.ownCredentials(), ReadAccess.ALL, "secret", "trade", "order-db"));
        assertFalse(shown.contains("U0VDUkVU") || shown.contains("SECRET-"), shown);
    }

    @Test
    void describe_still_names_the_keys() {
        String shown = describe();
        assertTrue(shown.contains("password") && shown.contains("username") && shown.contains("token"), shown);
    }
}
