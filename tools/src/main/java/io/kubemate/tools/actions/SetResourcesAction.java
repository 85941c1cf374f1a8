package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code set_resources}: sets the CPU and memory requests and limits of one container of a workload. The
 * controller rolls the pods out under its strategy.
 */
@Singleton
public final class SetResourcesAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("set_resources", Risk.WRITE, "workloads.resources")
            .describe("Propose new CPU/memory requests or limits for one container. Creates a proposal; executes nothing.",
                    "提议修改一个容器的 CPU/内存 requests 或 limits。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("workload", "workload name", "工作负载名称")
            .string("container", "container name when there are several", "有多个容器时的容器名")
            .string("cpu_request", "e.g. 250m", "例如 250m").stated()
            .string("cpu_limit", "e.g. 1", "例如 1").stated()
            .string("memory_request", "e.g. 256Mi", "例如 256Mi").stated()
            .string("memory_limit", "e.g. 1Gi", "例如 1Gi").stated()
            .commands("resources").positions("target").target(TargetKind.WORKLOAD)
            .intentWords("memory", "cpu", "limit", "request", "resources", "内存", "限制", "资源", "请求")
            .build();

    /** Argument name → (requests|limits, cpu|memory). */
    static final Map<String, String[]> FIELDS = fields();
    private static final List<Class<? extends HasMetadata>> KINDS = List.of(Deployment.class, StatefulSet.class, DaemonSet.class);

    private static Map<String, String[]> fields() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("cpu_request", new String[]{"requests", "cpu"});
        fields.put("cpu_limit", new String[]{"limits", "cpu"});
        fields.put("memory_request", new String[]{"requests", "memory"});
        fields.put("memory_limit", new String[]{"limits", "memory"});
        return fields;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, name(), "namespace");
        String workload = WorkloadTarget.text(args, name(), "workload");
        Map<String, Quantity> wanted = quantities(args);
        HasMetadata target = WorkloadTarget.find(asUser, namespace, workload, KINDS);
        List<Container> containers = template(target).getSpec().getContainers();
        int index = containerIndex(containers, args.get("container"), target);
        Container container = containers.get(index);
        ResourceRequirements before = container.getResources() == null ? new ResourceRequirements() : container.getResources();
        ResourceRequirements after = apply(before, wanted);
        check(after);
        List<String> changes = changes(before, after);
        if (changes.isEmpty()) {
            throw new ActionRejected(Reason.of("resources.unchanged", container.getName(), workload));
        }
        WorkloadTarget.jsonPatch(asUser, target, body(index, container.getName(), after), true);
        Map<String, Object> frozen = new LinkedHashMap<>();
        frozen.put("namespace", namespace);
        frozen.put("workload", workload);
        frozen.put("container", container.getName());
        wanted.forEach((arg, quantity) -> frozen.put(arg, quantity.toString()));
        return new ActionPlan(name(), frozen, "container " + container.getName() + ": " + String.join(", ", changes)
                + " (pods are replaced by a rollout)", target.getKind() + " " + namespace + "/" + workload)
                .withChecks(current(before, wanted), List.of(WorkloadTarget.patchOf(target)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String workload = (String) plan.args().get("workload");
        HasMetadata target = WorkloadTarget.find(asUser, namespace, workload, KINDS);
        List<Container> containers = template(target).getSpec().getContainers();
        int index = containerIndex(containers, plan.args().get("container"), target);
        Container container = containers.get(index);
        ResourceRequirements after = apply(container.getResources() == null ? new ResourceRequirements() : container.getResources(),
                quantities(plan.args()));
        WorkloadTarget.jsonPatch(asUser, target, body(index, container.getName(), after), false);
        return target.getKind() + " " + namespace + "/" + workload + ": resources of container " + container.getName() + " set";
    }

    /** The values now of the fields the change sets ({@code unset} when absent). */
    private static Map<String, Object> current(ResourceRequirements before, Map<String, Quantity> wanted) {
        Map<String, Object> current = new LinkedHashMap<>();
        wanted.keySet().forEach(arg -> {
            Quantity now = value(before, FIELDS.get(arg));
            current.put(arg, now == null ? "unset" : now.toString());
        });
        return current;
    }

    private static Map<String, Quantity> quantities(Map<String, Object> args) throws ActionRejected {
        Map<String, Quantity> wanted = new LinkedHashMap<>();
        for (String arg : FIELDS.keySet()) {
            Object value = args.get(arg);
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            Quantity quantity;
            try {
                quantity = new Quantity(value.toString().trim());
                if (quantity.getNumericalAmount().signum() <= 0) {
                    throw new ActionRejected(arg + " must be more than zero, got '" + value + "'");
                }
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ActionRejected(arg + " is not a Kubernetes quantity (e.g. 250m, 1, 512Mi, 2Gi): '" + value + "'");
            }
            wanted.put(arg, quantity);
        }
        if (wanted.isEmpty()) {
            throw new ActionRejected(Reason.of("resources.nothing-to-set", String.join(", ", FIELDS.keySet())));
        }
        return wanted;
    }

    private static int containerIndex(List<Container> containers, Object wanted, HasMetadata target) throws ActionRejected {
        if (wanted == null || wanted.toString().isBlank()) {
            if (containers.size() == 1) {
                return 0;
            }
            throw new ActionRejected(target.getMetadata().getName() + " has several containers ("
                    + String.join(", ", containers.stream().map(Container::getName).toList()) + "): name one with container=");
        }
        for (int i = 0; i < containers.size(); i++) {
            if (containers.get(i).getName().equals(wanted.toString().trim())) {
                return i;
            }
        }
        throw new ActionRejected(Reason.of("resources.no-container", wanted, target.getMetadata().getName()));
    }

    private static ResourceRequirements apply(ResourceRequirements before, Map<String, Quantity> wanted) {
        ResourceRequirements after = Serialization.clone(before);
        Map<String, Quantity> requests = after.getRequests() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(after.getRequests());
        Map<String, Quantity> limits = after.getLimits() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(after.getLimits());
        wanted.forEach((arg, quantity) -> {
            String[] field = FIELDS.get(arg);
            ("requests".equals(field[0]) ? requests : limits).put(field[1], quantity);
        });
        after.setRequests(requests.isEmpty() ? null : requests);
        after.setLimits(limits.isEmpty() ? null : limits);
        return after;
    }

    /** A request above its limit is refused by the API server anyway; say so before anything is sent. */
    private static void check(ResourceRequirements after) throws ActionRejected {
        if (after.getRequests() == null || after.getLimits() == null) {
            return;
        }
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = after.getRequests().get(resource);
            Quantity limit = after.getLimits().get(resource);
            if (request != null && limit != null && amount(request).compareTo(amount(limit)) > 0) {
                throw new ActionRejected(resource + " request " + request + " would be above its limit " + limit);
            }
        }
    }

    private static List<String> changes(ResourceRequirements before, ResourceRequirements after) {
        List<String> changes = new ArrayList<>();
        for (String[] field : FIELDS.values()) {
            Quantity old = value(before, field);
            Quantity now = value(after, field);
            if (now != null && (old == null || amount(old).compareTo(amount(now)) != 0)) {
                changes.add(field[1] + " " + field[0].replaceAll("s$", "") + " " + (old == null ? "unset" : old.toString()) + " → " + now);
            }
        }
        return changes;
    }

    private static Quantity value(ResourceRequirements resources, String[] field) {
        Map<String, Quantity> map = "requests".equals(field[0]) ? resources.getRequests() : resources.getLimits();
        return map == null ? null : map.get(field[1]);
    }

    private static BigDecimal amount(Quantity quantity) {
        return quantity.getNumericalAmount();
    }

    private static PodTemplateSpec template(HasMetadata target) {
        return switch (target) {
            case Deployment d -> d.getSpec().getTemplate();
            case StatefulSet s -> s.getSpec().getTemplate();
            case DaemonSet ds -> ds.getSpec().getTemplate();
            default -> throw new IllegalArgumentException("no pod template in a " + target.getKind());
        };
    }

    /** Guards the index with the container's name, so a reordered list fails instead of changing the wrong one. */
    private static String body(int index, String container, ResourceRequirements after) {
        String path = "/spec/template/spec/containers/" + index;
        return "[{\"op\":\"test\",\"path\":\"" + path + "/name\",\"value\":" + Serialization.asJson(container) + "},"
                + "{\"op\":\"add\",\"path\":\"" + path + "/resources\",\"value\":" + Serialization.asJson(after) + "}]";
    }
}
