package io.kubemate.tools.sandbox;

import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.kubemate.tools.backup.VeleroObjects;
import io.kubemate.tools.canary.CanaryKinds;
import io.kubemate.tools.pipeline.TektonObjects;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The custom resources a sandbox accepts besides the built-in kinds: Kubemate's own {@code kubemate.io} Users and
 * Roles, the Velero kinds the {@code backups} tool reads, the SMI TrafficSplits of the {@code canary} tools and the
 * Tekton runs the {@code pipelines} tool reads.
 */
final class KubemateKinds {

    static final String GROUP = "kubemate.io";
    static final String VERSION = "v1alpha1";

    static final List<CustomResourceDefinitionContext> ALL = Stream.concat(Stream.of(
            context("User", "users"),
            context("Role", "roles")), Stream.of(VeleroObjects.KINDS, CanaryKinds.TRAFFIC_SPLITS, TektonObjects.KINDS).flatMap(List::stream)
            .map(KubemateKinds::namespaced)).toList();

    private KubemateKinds() {
    }

    static boolean known(String apiVersion, String kind) {
        return find(apiVersion, kind).isPresent();
    }

    /** The context of a kind this sandbox accepts besides the built-in ones, if it is one. */
    static Optional<CustomResourceDefinitionContext> find(String apiVersion, String kind) {
        return ALL.stream().filter(c -> (c.getGroup() + "/" + c.getVersion()).equals(apiVersion) && c.getKind().equals(kind)).findFirst();
    }

    private static CustomResourceDefinitionContext namespaced(ResourceDefinitionContext kind) {
        return new CustomResourceDefinitionContext.Builder()
                .withGroup(kind.getGroup()).withVersion(kind.getVersion()).withKind(kind.getKind()).withPlural(kind.getPlural())
                .withScope("Namespaced").build();
    }

    private static CustomResourceDefinitionContext context(String kind, String plural) {
        return new CustomResourceDefinitionContext.Builder()
                .withGroup(GROUP).withVersion(VERSION).withKind(kind).withPlural(plural).withScope("Cluster")
                .build();
    }
}
