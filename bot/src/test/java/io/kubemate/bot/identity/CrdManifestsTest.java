package io.kubemate.bot.identity;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRDs in deploy/crds describe what KubemateDirectory reads, and the examples fit them. */
class CrdManifestsTest {

    private static final Path CRDS = Path.of("../deploy/crds");

    private static CustomResourceDefinition crd(String file) throws Exception {
        return new KubernetesSerialization().unmarshal(Files.readString(CRDS.resolve(file)), CustomResourceDefinition.class);
    }

    @Test
    void the_crds_match_the_names_the_directory_reads() throws Exception {
        CustomResourceDefinition users = crd("kubemate.io_users.yaml");
        CustomResourceDefinition roles = crd("kubemate.io_roles.yaml");
        assertEquals(KubemateDirectory.USERS.getPlural() + "." + KubemateDirectory.USERS.getGroup(), users.getMetadata().getName());
        assertEquals(KubemateDirectory.ROLES.getPlural() + "." + KubemateDirectory.ROLES.getGroup(), roles.getMetadata().getName());
        assertEquals("Cluster", users.getSpec().getScope());
        assertEquals(KubemateDirectory.USERS.getVersion(), users.getSpec().getVersions().getFirst().getName());
        var spec = users.getSpec().getVersions().getFirst().getSchema().getOpenAPIV3Schema().getProperties().get("spec");
        assertEquals(Set.of("displayName", "serviceAccount", "roles", "chatIdentities", "disabled"), spec.getProperties().keySet());
    }

    @Test
    void the_examples_use_only_fields_the_schema_declares() throws Exception {
        var userFields = crd("kubemate.io_users.yaml").getSpec().getVersions().getFirst().getSchema().getOpenAPIV3Schema()
                .getProperties().get("spec").getProperties().keySet();
        var roleFields = crd("kubemate.io_roles.yaml").getSpec().getVersions().getFirst().getSchema().getOpenAPIV3Schema()
                .getProperties().get("spec").getProperties().keySet();
        for (Object doc : new Yaml().loadAll(Files.readString(CRDS.resolve("examples.yaml")))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) doc;
            @SuppressWarnings("unchecked")
            Set<String> fields = ((Map<String, Object>) object.get("spec")).keySet();
            Set<String> allowed = "User".equals(object.get("kind")) ? userFields : roleFields;
            assertTrue(allowed.containsAll(fields), object.get("kind") + " uses " + fields + ", schema has " + allowed);
        }
    }
}
