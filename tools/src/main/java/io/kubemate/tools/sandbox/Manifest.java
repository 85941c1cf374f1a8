package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * One object of a sandbox: read into its typed form (which checks it and says where it goes) and kept as written,
 * which is what the sandbox's API server stores. Writing the typed object out again would give the same objects to
 * every reader, but costs Jackson a serializer for each kind.
 */
public record Manifest(HasMetadata object, JsonNode source) {

    /** An object made in code rather than read from a manifest. */
    public static Manifest of(HasMetadata object, KubernetesSerialization serialization) {
        return new Manifest(object, serialization.convertValue(object, JsonNode.class));
    }
}
