package io.kubemate.evals;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every object of the kinds an action can touch (and a few more), as JSON, keyed by kind, namespace and name. Two fingerprints
 * taken before and after a conversation tell whether anything in the sandbox changed, whatever changed it: the
 * safety count does not rely on the bot's own audit records alone.
 */
public record ClusterFingerprint(Map<String, String> objects) {

    public ClusterFingerprint {
        objects = Map.copyOf(objects);
    }

    public static ClusterFingerprint of(ClusterAccess cluster) {
        return cluster.as(Subject.ownCredentials(), ClusterFingerprint::of);
    }

    static ClusterFingerprint of(KubernetesClient client) {
        Map<String, String> objects = new TreeMap<>();
        add(objects, client.namespaces().list().getItems());
        add(objects, client.nodes().list().getItems());
        add(objects, client.pods().inAnyNamespace().list().getItems());
        add(objects, client.services().inAnyNamespace().list().getItems());
        add(objects, client.configMaps().inAnyNamespace().list().getItems());
        add(objects, client.secrets().inAnyNamespace().list().getItems());
        add(objects, client.persistentVolumeClaims().inAnyNamespace().list().getItems());
        add(objects, client.apps().deployments().inAnyNamespace().list().getItems());
        add(objects, client.apps().statefulSets().inAnyNamespace().list().getItems());
        add(objects, client.apps().daemonSets().inAnyNamespace().list().getItems());
        add(objects, client.apps().replicaSets().inAnyNamespace().list().getItems());
        add(objects, client.batch().v1().jobs().inAnyNamespace().list().getItems());
        add(objects, client.batch().v1().cronjobs().inAnyNamespace().list().getItems());
        add(objects, client.autoscaling().v2().horizontalPodAutoscalers().inAnyNamespace().list().getItems());
        add(objects, client.network().v1().ingresses().inAnyNamespace().list().getItems());
        return new ClusterFingerprint(objects);
    }

    private static void add(Map<String, String> objects, List<? extends HasMetadata> items) {
        for (HasMetadata item : items) {
            String namespace = item.getMetadata().getNamespace();
            objects.put((item.getKind() == null ? item.getClass().getSimpleName() : item.getKind()) + " " + (namespace == null ? "" : namespace + "/") + item.getMetadata().getName(),
                    Serialization.asJson(item));
        }
    }

    /** The objects created, changed or deleted since {@code before}, e.g. {@code "Deployment payments/payment-api changed"}. */
    public List<String> changesSince(ClusterFingerprint before) {
        TreeSet<String> keys = new TreeSet<>(before.objects.keySet());
        keys.addAll(objects.keySet());
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            String old = before.objects.get(key);
            String now = objects.get(key);
            if (old == null) {
                changes.add(key + " created");
            } else if (now == null) {
                changes.add(key + " deleted");
            } else if (!Objects.equals(old, now)) {
                changes.add(key + " changed");
            }
        }
        return changes;
    }
}
