package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One-line status and detail for an object of any kind, for tables. */
public final class ObjectStatus {

    private ObjectStatus() {
    }

    public static String status(HasMetadata object) {
        return switch (object) {
            case Pod pod -> PodStatus.reason(pod);
            case Deployment d -> readyOf(d.getStatus() == null ? null : d.getStatus().getReadyReplicas(),
                    d.getSpec() == null ? null : d.getSpec().getReplicas());
            case StatefulSet s -> readyOf(s.getStatus() == null ? null : s.getStatus().getReadyReplicas(),
                    s.getSpec() == null ? null : s.getSpec().getReplicas());
            case DaemonSet ds -> ds.getStatus() == null ? "?" : readyOf(ds.getStatus().getNumberReady(),
                    ds.getStatus().getDesiredNumberScheduled());
            case Node node -> nodeReady(node);
            case PersistentVolumeClaim pvc -> pvc.getStatus() == null ? "?" : Objects.toString(pvc.getStatus().getPhase(), "?");
            case Job job -> jobStatus(job);
            case CronJob cj -> cj.getSpec() != null && Boolean.TRUE.equals(cj.getSpec().getSuspend()) ? "Suspended" : "Active";
            case Service svc -> svc.getSpec() == null ? "?" : Objects.toString(svc.getSpec().getType(), "ClusterIP");
            default -> "";
        };
    }

    public static String detail(HasMetadata object) {
        return switch (object) {
            case Pod pod -> "ready " + PodStatus.ready(pod) + ", restarts " + PodStatus.restarts(pod)
                    + (PodStatus.node(pod).isEmpty() ? "" : ", node " + PodStatus.node(pod));
            case Deployment d -> d.getStatus() == null ? "" : "up-to-date " + orZero(d.getStatus().getUpdatedReplicas())
                    + ", available " + orZero(d.getStatus().getAvailableReplicas());
            case CronJob cj -> cj.getSpec() == null ? "" : "schedule " + cj.getSpec().getSchedule();
            case Service svc -> svc.getSpec() == null ? "" : "cluster IP " + Objects.toString(svc.getSpec().getClusterIP(), "-");
            case Secret secret -> secretKeys(secret);
            default -> "";
        };
    }

    /** A Secret's type and key names, never its values. */
    private static String secretKeys(Secret secret) {
        Set<String> keys = new TreeSet<>();
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        if (secret.getStringData() != null) {
            keys.addAll(secret.getStringData().keySet());
        }
        return "type " + Objects.toString(secret.getType(), "Opaque") + ", keys " + (keys.isEmpty() ? "-" : String.join(", ", keys));
    }

    private static String readyOf(Integer ready, Integer desired) {
        return orZero(ready) + "/" + (desired == null ? 1 : desired) + " ready";
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String nodeReady(Node node) {
        if (node.getStatus() == null || node.getStatus().getConditions() == null) {
            return "Unknown";
        }
        String ready = node.getStatus().getConditions().stream()
                .filter(c -> "Ready".equals(c.getType()))
                .map(NodeCondition::getStatus)
                .findFirst().orElse("Unknown");
        String state = "True".equals(ready) ? "Ready" : "NotReady";
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        return cordoned ? state + ",SchedulingDisabled" : state;
    }

    private static String jobStatus(Job job) {
        if (job.getStatus() == null) {
            return "?";
        }
        if (job.getStatus().getConditions() != null) {
            for (var condition : job.getStatus().getConditions()) {
                if ("True".equals(condition.getStatus())) {
                    return condition.getType();
                }
            }
        }
        return orZero(job.getStatus().getActive()) > 0 ? "Running" : "Pending";
    }
}
