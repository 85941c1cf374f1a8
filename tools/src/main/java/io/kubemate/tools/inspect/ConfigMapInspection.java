package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** ConfigMaps no workload uses, empty ones, and ones near the 1 MiB object size limit. */
@Singleton
public final class ConfigMapInspection implements Inspection {

    static final long LARGE = 1024 * 1024;
    /** Published by the control plane or by controllers for everyone; never "unused". */
    static final Set<String> SHARED = Set.of("kube-root-ca.crt", "openshift-service-ca.crt");

    @Override
    public String id() {
        return "configmap";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Set<String> used = new HashSet<>();
        PodTemplates.of(scope).forEach(t -> references(t.owner().getMetadata().getNamespace(), t.spec(), used));
        scope.pods().forEach(p -> references(p.getMetadata().getNamespace(), p.getSpec(), used));
        return PerObject.check(id(), scope.list(ConfigMap.class), cm -> check(cm, used));
    }

    private List<Finding> check(ConfigMap cm, Set<String> used) {
        List<Finding> findings = new ArrayList<>();
        long size = Stream.concat(
                cm.getData() == null ? Stream.empty() : cm.getData().values().stream().map(v -> (long) v.getBytes(StandardCharsets.UTF_8).length),
                cm.getBinaryData() == null ? Stream.empty() : cm.getBinaryData().values().stream().map(v -> (long) v.length() * 3 / 4))
                .mapToLong(Long::longValue).sum();
        boolean empty = (cm.getData() == null || cm.getData().isEmpty()) && (cm.getBinaryData() == null || cm.getBinaryData().isEmpty());
        if (empty) {
            findings.add(Finding.on(cm, Severity.INFO, "configmap-empty", Reason.of("finding.configmap-empty"), List.of(), null));
        } else if (size > LARGE) {
            findings.add(Finding.on(cm, Severity.WARNING, "configmap-large", Reason.of("finding.configmap-large", size),
                    List.of("etcd rejects objects over about 1.5 MiB"), null));
        }
        if (!SHARED.contains(cm.getMetadata().getName()) && !used.contains(cm.getMetadata().getNamespace() + "/" + cm.getMetadata().getName())) {
            findings.add(Finding.on(cm, Severity.INFO, "configmap-unused", Reason.of("finding.configmap-unused"), List.of(), null));
        }
        return findings;
    }

    private static void references(String namespace, PodSpec spec, Set<String> used) {
        if (spec == null) {
            return;
        }
        if (spec.getVolumes() != null) {
            spec.getVolumes().forEach(v -> {
                if (v.getConfigMap() != null) {
                    used.add(namespace + "/" + v.getConfigMap().getName());
                }
                if (v.getProjected() != null && v.getProjected().getSources() != null) {
                    v.getProjected().getSources().stream().filter(s -> s.getConfigMap() != null)
                            .forEach(s -> used.add(namespace + "/" + s.getConfigMap().getName()));
                }
            });
        }
        Stream.concat(spec.getContainers() == null ? Stream.<Container>empty() : spec.getContainers().stream(),
                spec.getInitContainers() == null ? Stream.<Container>empty() : spec.getInitContainers().stream()).forEach(c -> {
            if (c.getEnvFrom() != null) {
                c.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null)
                        .forEach(e -> used.add(namespace + "/" + e.getConfigMapRef().getName()));
            }
            if (c.getEnv() != null) {
                c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null)
                        .forEach(e -> used.add(namespace + "/" + e.getValueFrom().getConfigMapKeyRef().getName()));
            }
        });
    }
}
