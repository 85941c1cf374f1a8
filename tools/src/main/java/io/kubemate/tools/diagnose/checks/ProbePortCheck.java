package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.PodSpecs;
import io.kubemate.tools.diagnose.Ports;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each probe's port against its container's ports: a named port the container does not define never works; a number
 * the container does not declare is the likely cause when the probe is failing, a lead otherwise.
 */
@Singleton
public final class ProbePortCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        var spec = PodSpecs.of(scene);
        if (spec.isEmpty() || spec.get().getContainers() == null) {
            return Verdict.none();
        }
        boolean failing = scene.events().stream().anyMatch(e -> "Unhealthy".equals(e.getReason()) || (e.getMessage() != null
                && e.getMessage().contains("probe failed")));
        Verdict verdict = Verdict.none();
        boolean any = false;
        for (Container container : spec.get().getContainers()) {
            List<ContainerPort> ports = Ports.declared(container);
            for (Map.Entry<String, IntOrString> probe : probes(container).entrySet()) {
                any = true;
                IntOrString port = probe.getValue();
                boolean named = port.getStrVal() != null;
                if (Ports.among(port, ports) || (!named && ports.isEmpty())) {
                    continue;
                }
                int rank = named || failing ? Cause.PROVEN - 5 : Cause.HINT;
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.PROBE_PORT, rank,
                        List.of(PodSpecs.owner(scene), container.getName(), probe.getKey(), Ports.text(port), Ports.list(ports)),
                        List.of(probe.getKey() + " probe of container " + container.getName() + " → port " + Ports.text(port),
                                "container " + container.getName() + " ports: " + Ports.list(ports)))));
            }
        }
        return verdict.causes().isEmpty() && any ? Verdict.fine(Fine.of("probe-ports")) : verdict;
    }

    private static Map<String, IntOrString> probes(Container container) {
        Map<String, IntOrString> ports = new LinkedHashMap<>();
        put(ports, "liveness", container.getLivenessProbe());
        put(ports, "readiness", container.getReadinessProbe());
        put(ports, "startup", container.getStartupProbe());
        return ports;
    }

    private static void put(Map<String, IntOrString> ports, String type, Probe probe) {
        if (probe == null) {
            return;
        }
        if (probe.getHttpGet() != null && probe.getHttpGet().getPort() != null) {
            ports.put(type, probe.getHttpGet().getPort());
        } else if (probe.getTcpSocket() != null && probe.getTcpSocket().getPort() != null) {
            ports.put(type, probe.getTcpSocket().getPort());
        } else if (probe.getGrpc() != null && probe.getGrpc().getPort() != null) {
            ports.put(type, new IntOrString(probe.getGrpc().getPort()));
        }
    }
}
