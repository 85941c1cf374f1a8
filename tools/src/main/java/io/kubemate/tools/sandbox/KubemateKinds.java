package io.kubemate.tools.sandbox;

import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;

import java.util.List;

/** The {@code kubemate.io} custom resources a sandbox accepts besides the built-in kinds. */
final class KubemateKinds {

    static final String GROUP = "kubemate.io";
    static final String VERSION = "v1alpha1";

    static final List<CustomResourceDefinitionContext> ALL = List.of(
            context("User", "users"),
            context("Role", "roles"));

    private KubemateKinds() {
    }

    static boolean known(String apiVersion, String kind) {
        return (GROUP + "/" + VERSION).equals(apiVersion) && ALL.stream().anyMatch(c -> c.getKind().equals(kind));
    }

    private static CustomResourceDefinitionContext context(String kind, String plural) {
        return new CustomResourceDefinitionContext.Builder()
                .withGroup(GROUP).withVersion(VERSION).withKind(kind).withPlural(plural).withScope("Cluster")
                .build();
    }
}
