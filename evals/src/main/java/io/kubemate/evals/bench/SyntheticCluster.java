package io.kubemate.evals.bench;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cluster of the size the inspection benchmark needs: {@code workloads} Deployments with Services and
 * Endpoints, {@code podsPerWorkload} pods each, {@code nodes} nodes; one workload in twenty crash-loops.
 */
final class SyntheticCluster {

    private SyntheticCluster() {
    }

    static List<HasMetadata> build(int nodes, int namespaces, int workloads, int podsPerWorkload) {
        List<HasMetadata> objects = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            objects.add(new NodeBuilder().withNewMetadata().withName("node-" + n).endMetadata()
                    .withNewStatus().addNewCondition().withType("Ready").withStatus(n % 25 == 7 ? "False" : "True").endCondition()
                    .endStatus().build());
        }
        for (int s = 0; s < namespaces; s++) {
            objects.add(new NamespaceBuilder().withNewMetadata().withName("team-" + s).endMetadata().build());
        }
        for (int w = 0; w < workloads; w++) {
            String ns = "team-" + (w % namespaces);
            String app = "svc-" + w;
            boolean broken = w % 20 == 3;
            Map<String, String> labels = Map.of("app", app);
            objects.add(new DeploymentBuilder().withNewMetadata().withName(app).withNamespace(ns).endMetadata()
                    .withNewSpec().withReplicas(podsPerWorkload).withNewSelector().withMatchLabels(labels).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
                    .withServiceAccountName(app).addNewContainer().withName("app").withImage("reg.local/" + app + ":1.0." + w)
                    .withNewResources().addToRequests("cpu", new Quantity("100m")).addToRequests("memory", new Quantity("128Mi"))
                    .addToLimits("memory", new Quantity("256Mi")).endResources().endContainer().endSpec().endTemplate().endSpec()
                    .withNewStatus().withReplicas(podsPerWorkload).withReadyReplicas(broken ? 0 : podsPerWorkload).endStatus().build());
            objects.add(new ServiceBuilder().withNewMetadata().withName(app).withNamespace(ns).endMetadata()
                    .withNewSpec().withSelector(labels).addNewPort().withPort(8080).endPort().endSpec().build());
            EndpointsBuilder endpoints = new EndpointsBuilder().withNewMetadata().withName(app).withNamespace(ns).endMetadata();
            var subset = endpoints.addNewSubset();
            for (int p = 0; p < podsPerWorkload; p++) {
                String pod = app + "-" + p;
                if (broken) {
                    subset.addNewNotReadyAddress().withIp("10.1." + (w % 250) + "." + p).endNotReadyAddress();
                } else {
                    subset.addNewAddress().withIp("10.1." + (w % 250) + "." + p).endAddress();
                }
                var status = new ContainerStatusBuilder().withName("app").withImage("reg.local/" + app).withReady(!broken)
                        .withRestartCount(broken ? 12 : 0);
                if (broken) {
                    status.withNewState().withNewWaiting().withReason("CrashLoopBackOff").endWaiting().endState()
                            .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137).endTerminated().endLastState();
                } else {
                    status.withNewState().withNewRunning().withStartedAt("2026-11-23T08:00:00Z").endRunning().endState();
                }
                objects.add(new PodBuilder().withNewMetadata().withName(pod).withNamespace(ns).withLabels(labels)
                        .addNewOwnerReference().withKind("ReplicaSet").withName(app + "-rs").withApiVersion("apps/v1").withUid("u-" + w)
                        .endOwnerReference().endMetadata()
                        .withNewSpec().withNodeName("node-" + (w + p) % nodes).addNewContainer().withName("app")
                        .withImage("reg.local/" + app + ":1.0." + w).endContainer().endSpec()
                        .withNewStatus().withPhase("Running").addToContainerStatuses(status.build()).endStatus().build());
                if (broken) {
                    objects.add(new EventBuilder().withNewMetadata().withName(pod + ".backoff").withNamespace(ns).endMetadata()
                            .withNewInvolvedObject().withKind("Pod").withName(pod).withNamespace(ns).endInvolvedObject()
                            .withType("Warning").withReason("BackOff").withMessage("Back-off restarting failed container app")
                            .withCount(30).build());
                }
            }
            subset.endSubset();
            objects.add(endpoints.build());
        }
        return objects;
    }
}
