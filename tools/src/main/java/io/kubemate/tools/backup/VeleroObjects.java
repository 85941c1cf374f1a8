package io.kubemate.tools.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.List;
import java.util.function.Function;

/**
 * Velero's Schedules, Backups and Restores (velero.io/v1) as one client sees them: in every namespace when it may list
 * there, else in Velero's usual namespace {@code velero}; none when the cluster does not serve the kinds.
 */
public record VeleroObjects(List<VeleroSchedule> schedules, List<VeleroBackup> backups, List<VeleroRestore> restores) {

    public static final String GROUP = "velero.io";
    public static final String VERSION = "v1";
    static final String USUAL_NAMESPACE = "velero";
    public static final List<ResourceDefinitionContext> KINDS = List.of(context("Schedule", "schedules"), context("Backup", "backups"),
            context("Restore", "restores"));

    public VeleroObjects {
        schedules = List.copyOf(schedules);
        backups = List.copyOf(backups);
        restores = List.copyOf(restores);
    }

    /** Reads all three kinds with {@code client} (already impersonating the person). */
    public static VeleroObjects read(KubernetesClient client) {
        return new VeleroObjects(list(client, KINDS.get(0), VeleroSchedule::of), list(client, KINDS.get(1), VeleroBackup::of),
                list(client, KINDS.get(2), VeleroRestore::of));
    }

    private static <T> List<T> list(KubernetesClient client, ResourceDefinitionContext kind, Function<GenericKubernetesResource, T> parse) {
        List<GenericKubernetesResource> items;
        try {
            items = client.genericKubernetesResources(kind).inAnyNamespace().list().getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of(); // Velero is not installed
            }
            if (e.getCode() != 403) {
                throw e;
            }
            items = client.genericKubernetesResources(kind).inNamespace(USUAL_NAMESPACE).list().getItems();
        }
        return items.stream().map(parse).toList();
    }

    private static ResourceDefinitionContext context(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion(VERSION).withKind(kind).withPlural(plural)
                .withNamespaced(true).build();
    }
}
