package io.kubemate.tools.canary;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The canaries one client sees: TrafficSplits (of every SMI version the cluster serves, each object once) and HTTPRoutes that split
 * a rule between weighted backends, in one namespace or in all; a kind the cluster does not serve reads as none.
 */
public final class CanaryObjects {

    private CanaryObjects() {
    }

    /** @param namespace where to list, or null for every namespace */
    public static List<Canary> read(KubernetesClient client, String namespace) {
        List<Canary> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResourceDefinitionContext split : CanaryKinds.TRAFFIC_SPLITS) {
            List<GenericKubernetesResource> items = list(client, split, namespace);
            if (items != null) {
                // a cluster serving several versions lists the same object in each: the newest version's reading wins
                items.stream().filter(i -> seen.add(i.getMetadata().getNamespace() + "/" + i.getMetadata().getName()))
                        .map(Canary::of).filter(Objects::nonNull).forEach(found::add);
            }
        }
        List<GenericKubernetesResource> routes = list(client, CanaryKinds.HTTP_ROUTE, namespace);
        if (routes != null) {
            routes.stream().map(Canary::of).filter(Objects::nonNull).forEach(found::add);
        }
        return found;
    }

    /** One object, for a change: null when it does not exist. */
    public static GenericKubernetesResource get(KubernetesClient client, String kind, String namespace, String name) {
        if ("HTTPRoute".equals(kind)) {
            return client.genericKubernetesResources(CanaryKinds.HTTP_ROUTE).inNamespace(namespace).withName(name).get();
        }
        for (ResourceDefinitionContext split : CanaryKinds.TRAFFIC_SPLITS) {
            try {
                GenericKubernetesResource found = client.genericKubernetesResources(split).inNamespace(namespace).withName(name).get();
                if (found != null) {
                    return found;
                }
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** The items, or null when the cluster does not serve the kind. */
    private static List<GenericKubernetesResource> list(KubernetesClient client, ResourceDefinitionContext kind, String namespace) {
        try {
            var resources = client.genericKubernetesResources(kind);
            return (namespace == null ? resources.inAnyNamespace().list() : resources.inNamespace(namespace).list()).getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
