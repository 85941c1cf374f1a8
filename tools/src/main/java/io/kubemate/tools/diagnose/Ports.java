package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ports containers declare, and whether a port given by number or by name is among them. */
public final class Ports {

    private Ports() {
    }

    public static List<ContainerPort> declared(Container container) {
        return container.getPorts() == null ? List.of() : container.getPorts();
    }

    public static List<ContainerPort> declared(PodSpec spec) {
        return spec == null || spec.getContainers() == null ? List.of()
                : spec.getContainers().stream().flatMap(c -> declared(c).stream()).toList();
    }

    public static List<ContainerPort> declared(Pod pod) {
        return declared(pod.getSpec());
    }

    /** True when {@code port} (a number or a port name) is one of {@code ports}. */
    public static boolean among(IntOrString port, List<ContainerPort> ports) {
        if (port == null) {
            return true;
        }
        if (port.getIntVal() != null) {
            return ports.stream().anyMatch(p -> port.getIntVal().equals(p.getContainerPort()));
        }
        return ports.stream().anyMatch(p -> port.getStrVal() != null && port.getStrVal().equals(p.getName()));
    }

    public static String text(IntOrString port) {
        return port == null ? "" : port.getIntVal() != null ? String.valueOf(port.getIntVal()) : port.getStrVal();
    }

    public static Optional<Integer> number(IntOrString port, List<ContainerPort> ports) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        return ports.stream().filter(p -> port.getStrVal() != null && port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    public static String list(List<ContainerPort> ports) {
        return ports.isEmpty() ? "-" : ports.stream().map(p -> p.getContainerPort() + (p.getName() == null ? "" : " (" + p.getName() + ")"))
                .distinct().collect(Collectors.joining(", "));
    }
}
