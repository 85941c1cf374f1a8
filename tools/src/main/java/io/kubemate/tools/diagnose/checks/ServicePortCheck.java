package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Ports;
import io.kubemate.tools.diagnose.RelatedServices;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A Service's {@code targetPort} against the ports its pods' containers declare: a number no container listens on,
 * or a port name no container defines, sends the traffic nowhere even though the endpoints look fine.
 */
@Singleton
public final class ServicePortCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        Verdict verdict = Verdict.none();
        for (Service service : RelatedServices.of(scene)) {
            List<Pod> pods = RelatedServices.selected(scene, service);
            if (pods.isEmpty() && !(scene.object() instanceof Service)) {
                pods = scene.pods();
            }
            if (pods.isEmpty() || service.getSpec().getPorts() == null) {
                continue;
            }
            List<ContainerPort> declared = Ports.declared(pods.getFirst());
            boolean byName = service.getSpec().getPorts().stream().anyMatch(p -> p.getTargetPort() != null && p.getTargetPort().getStrVal() != null);
            if (declared.isEmpty() && !byName) {
                continue;
            }
            boolean wrong = false;
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                if (!Ports.among(target, declared)) {
                    wrong = true;
                    verdict = verdict.and(Verdict.of(Cause.of(CauseKind.SERVICE_TARGET_PORT, Cause.PROVEN,
                            List.of(service.getMetadata().getName(), String.valueOf(port.getPort()), Ports.text(target), Ports.list(declared)),
                            List.of("service " + service.getMetadata().getName() + " port " + port.getPort() + " → targetPort " + Ports.text(target),
                                    "pod " + pods.getFirst().getMetadata().getName() + " container ports: " + Ports.list(declared)))));
                }
            }
            if (!wrong) {
                verdict = verdict.and(Verdict.fine(Fine.of("service-ports", service.getMetadata().getName())));
            }
        }
        return verdict;
    }
}
