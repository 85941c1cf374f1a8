package io.kubemate.evals.bench;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;

import java.util.List;

/** The baseline: one plain fabric8 list per kind the analyzers read, nothing else. */
final class ListingOnly {

    static final List<Class<? extends HasMetadata>> KINDS = List.of(Pod.class, Event.class, Deployment.class, ReplicaSet.class,
            StatefulSet.class, DaemonSet.class, Job.class, CronJob.class, Service.class, Endpoints.class, Ingress.class,
            IngressClass.class, Gateway.class, HTTPRoute.class, NetworkPolicy.class, PersistentVolumeClaim.class,
            PersistentVolume.class, StorageClass.class, Node.class, HorizontalPodAutoscaler.class, PodDisruptionBudget.class,
            ResourceQuota.class, ValidatingWebhookConfiguration.class, MutatingWebhookConfiguration.class, Secret.class,
            Namespace.class, Role.class, ClusterRole.class);

    private final ClusterAccess cluster;

    ListingOnly(ClusterAccess cluster) {
        this.cluster = cluster;
    }

    int run() {
        return cluster.as(Subject.ownCredentials(), client -> KINDS.stream().mapToInt(kind -> {
            var resources = client.resources(kind);
            return Namespaced.class.isAssignableFrom(kind) ? resources.inAnyNamespace().list().getItems().size()
                    : resources.list().getItems().size();
        }).sum());
    }
}
