package io.kubemate.tools.sandbox;

import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxClusterTest {

    private static ClusterAccess cluster;

    @BeforeAll
    static void start() {
        cluster = Fixtures.shopCluster();
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @Test
    void keeps_the_status_written_in_the_manifests() {
        Pod pod = cluster.as(Subject.ownCredentials(), c -> c.pods().inNamespace("shop").withName("web-7f9c-abcde").get());
        assertEquals("CrashLoopBackOff", pod.getStatus().getContainerStatuses().getFirst().getState().getWaiting().getReason());
        assertEquals(6, pod.getStatus().getContainerStatuses().getFirst().getRestartCount());
    }

    @Test
    void creates_namespaces_that_objects_refer_to() {
        var names = cluster.as(Subject.ownCredentials(), c -> c.namespaces().list().getItems().stream()
                .map(ns -> ns.getMetadata().getName()).toList());
        assertTrue(names.contains("shop"), names.toString());
    }

    @Test
    void serves_previous_container_logs_from_files() {
        String log = cluster.as(Subject.ownCredentials(), c -> c.pods().inNamespace("shop").withName("web-7f9c-abcde")
                .inContainer("web").terminated().tailingLines(1).getLog());
        assertEquals("2026-11-23T08:40:00Z java.lang.OutOfMemoryError: Java heap space", log.strip());
    }

    @Test
    void refuses_a_missing_folder(@TempDir Path dir) {
        var e = assertThrows(ManifestException.class, () -> SandboxCluster.start(dir.resolve("nope"), null));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void refuses_invalid_yaml_naming_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");
        var e = assertThrows(ManifestException.class, () -> new ManifestLoader().load(dir));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("invalid YAML at line"), e.getMessage());
    }

    @Test
    void refuses_an_unknown_kind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("crd.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                + "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
        var e = assertThrows(ManifestException.class, () -> new ManifestLoader().load(dir));
        assertEquals(dir.resolve("crd.yaml") + ": document 2: unknown kind Widget (apiVersion example.com/v1)", e.getMessage());
    }

    @Test
    void refuses_an_object_without_kind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "metadata: {name: a}\n");
        var e = assertThrows(ManifestException.class, () -> new ManifestLoader().load(dir));
        assertTrue(e.getMessage().endsWith("document 1: missing apiVersion or kind"), e.getMessage());
    }

    @Test
    void accepts_kubemate_users_and_roles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("users.yaml"), """
                apiVersion: kubemate.io/v1alpha1
                kind: User
                metadata: {name: zhangsan}
                spec:
                  serviceAccount: {namespace: kubemate-users, name: u-zhangsan}
                  roles: [trade-operator]
                """);
        try (ClusterAccess sandbox = SandboxCluster.start(dir, null)) {
            var users = sandbox.as(Subject.ownCredentials(), c -> c.genericKubernetesResources("kubemate.io/v1alpha1", "User")
                    .list().getItems());
            assertEquals("zhangsan", users.getFirst().getMetadata().getName());
        }
    }
}
