package io.kubemate.bot.identity;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityResolverTest {

    private static ClusterAccess cluster;
    private static KubemateDirectory directory;
    private static IdentityResolver resolver;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Path.of(IdentityResolverTest.class.getResource("/identities").toURI()), null);
        directory = new KubemateDirectory(cluster);
        resolver = new IdentityResolver(new IdentityProperties(List.of("web:ops=system:serviceaccount:ops:bot"), "web:dev", null), directory);
    }

    @AfterAll
    static void stop() throws Exception {
        directory.stop();
        cluster.close();
    }

    @Test
    void maps_a_chat_identity_to_the_users_service_account_and_roles() {
        Person zhangsan = resolver.person("slack:U024BE7LH").orElseThrow();
        assertEquals(Subject.serviceAccount("kubemate-users", "u-zhangsan"), zhangsan.subject());
        assertEquals("张三", zhangsan.displayName());
        assertTrue(zhangsan.may("workloads.scale", "trade"));
        assertFalse(zhangsan.may("workloads.scale", "payments"), "the role is limited to its namespaces");
        assertFalse(zhangsan.may("actions.approve", "trade"), "codes the role does not list are not granted");
        assertEquals(zhangsan.subject(), resolver.person("dingtalk:0447654442691174").orElseThrow().subject());
    }

    @Test
    void refuses_disabled_and_unknown_users_with_the_reason() {
        assertTrue(resolver.person("slack:U0LEFT").isEmpty());
        assertTrue(resolver.refusal("slack:U0LEFT").contains("is disabled"), resolver.refusal("slack:U0LEFT"));
        assertTrue(resolver.person("slack:UNOBODY").isEmpty());
        assertTrue(resolver.refusal("slack:UNOBODY").startsWith("unknown user 'slack:UNOBODY'"));
    }

    @Test
    void configured_users_and_the_development_login_come_first() {
        assertEquals(Subject.serviceAccount("ops", "bot"), resolver.resolve("web:ops").orElseThrow());
        assertEquals(Subject.ownCredentials(), resolver.resolve("web:dev").orElseThrow());
    }

    @Test
    void a_configured_guest_role_gives_unknown_users_read_only_access_but_never_disabled_ones() {
        IdentityResolver withGuests = new IdentityResolver(new IdentityProperties(List.of(), null,
                "system:serviceaccount:kubemate-users:guest"), directory);
        Person guest = withGuests.person("slack:UNOBODY").orElseThrow();
        assertEquals(Subject.serviceAccount("kubemate-users", "guest"), guest.subject());
        assertTrue(guest.may("workloads.read", "payments"));
        assertFalse(guest.may("workloads.scale", "payments"), "a guest never changes anything");
        assertFalse(guest.may("actions.approve", "payments"));
        assertTrue(withGuests.person("slack:U0LEFT").isEmpty(), "a disabled user stays refused");
    }
}
