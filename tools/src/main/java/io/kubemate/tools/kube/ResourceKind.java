package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds the read tools know, with the names and short names people type for them. */
public enum ResourceKind {
    POD(Pod.class, true, "pod", "pods", "po"),
    DEPLOYMENT(Deployment.class, true, "deployment", "deployments", "deploy"),
    STATEFULSET(StatefulSet.class, true, "statefulset", "statefulsets", "sts"),
    DAEMONSET(DaemonSet.class, true, "daemonset", "daemonsets", "ds"),
    REPLICASET(ReplicaSet.class, true, "replicaset", "replicasets", "rs"),
    JOB(Job.class, true, "job", "jobs"),
    CRONJOB(CronJob.class, true, "cronjob", "cronjobs", "cj"),
    SERVICE(Service.class, true, "service", "services", "svc"),
    ENDPOINTS(Endpoints.class, true, "endpoints", "ep"),
    INGRESS(Ingress.class, true, "ingress", "ingresses", "ing"),
    CONFIGMAP(ConfigMap.class, true, "configmap", "configmaps", "cm"),
    SECRET(Secret.class, true, "secret", "secrets"),
    SERVICEACCOUNT(ServiceAccount.class, true, "serviceaccount", "serviceaccounts", "sa"),
    PVC(PersistentVolumeClaim.class, true, "persistentvolumeclaim", "persistentvolumeclaims", "pvc", "pvcs"),
    HPA(HorizontalPodAutoscaler.class, true, "horizontalpodautoscaler", "horizontalpodautoscalers", "hpa"),
    NETWORKPOLICY(NetworkPolicy.class, true, "networkpolicy", "networkpolicies", "netpol"),
    EVENT(Event.class, true, "event", "events", "ev"),
    NODE(Node.class, false, "node", "nodes", "no"),
    NAMESPACE(Namespace.class, false, "namespace", "namespaces", "ns"),
    PV(PersistentVolume.class, false, "persistentvolume", "persistentvolumes", "pv", "pvs"),
    STORAGECLASS(StorageClass.class, false, "storageclass", "storageclasses", "sc");

    private final Class<? extends HasMetadata> type;
    private final boolean namespaced;
    private final String[] names;

    ResourceKind(Class<? extends HasMetadata> type, boolean namespaced, String... names) {
        this.type = type;
        this.namespaced = namespaced;
        this.names = names;
    }

    public Class<? extends HasMetadata> type() {
        return type;
    }

    public boolean namespaced() {
        return namespaced;
    }

    /** The singular name used in tool arguments and output, e.g. {@code deployment}. */
    public String label() {
        return names[0];
    }

    public static Optional<ResourceKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> Arrays.asList(kind.names).contains(wanted))
                .findFirst();
    }

    public static String knownNames() {
        return Arrays.stream(values()).map(ResourceKind::label).collect(Collectors.joining(", "));
    }
}
