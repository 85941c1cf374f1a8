package io.kubemate.tools.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.canary.CanaryKinds;
import io.kubemate.tools.canary.CanaryObjects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What canary_step, canary_promote and canary_abort share: they set the two weights of a TrafficSplit or of an
 * HTTPRoute's splitting rule to {@code 100 - p} (stable) and {@code p} (canary) and stamp {@link Canary#STEP_AT}, with a
 * JSON Patch that touches nothing else. The proposal is bound to the weights it replaces.
 */
final class CanaryWeights {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String action;
    private final ToIntFunction<Canary> target;
    private final Clock clock;
    private final CanaryHealth health;

    /** @param target the canary's share after the change, or -1 when the change does not apply (the plan is refused) */
    CanaryWeights(String action, ToIntFunction<Canary> target, Clock clock, CanaryHealth health) {
        this.action = action;
        this.target = target;
        this.clock = clock;
        this.health = health;
    }

    ActionPlan planFor(KubernetesClient client, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, action, "namespace");
        String name = WorkloadTarget.text(args, action, "name");
        Object kindArg = args.get("kind");
        GenericKubernetesResource object = find(client, kindArg == null ? null : kindArg.toString(), namespace, name);
        Canary canary = Canary.of(object);
        if (canary == null || !canary.twoBackends()) {
            throw new ActionRejected(object.getKind() + " " + namespace + "/" + name + " does not split traffic between exactly two backends"
                    + (canary == null ? "" : " (it has " + canary.backends().size() + ")"));
        }
        int from = canary.canaryPercent();
        int to = target.applyAsInt(canary);
        if (to < 0 || to == from) {
            throw new ActionRejected(canary.ref() + " already sends " + from + "% to the canary " + canary.canary().service()
                    + (from == 100 ? ": nothing is left to promote" : from == 0 ? ": nothing is left to abort" : ""));
        }
        patch(client, object, canary, to, true);
        String diff = canary.ref() + ": " + canary.stable().service() + " " + (100 - from) + "% → " + (100 - to) + "%, "
                + canary.canary().service() + " " + from + "% → " + to + "%"
                + health.summary(client, canary).map(h -> "\nnow: " + h).orElse("");
        return new ActionPlan(action, Map.of("namespace", namespace, "name", name, "kind", object.getKind(), "canary_percent", to), diff,
                canary.ref()).withChecks(Map.of("stable_weight", canary.stable().weight(), "canary_weight", canary.canary().weight()),
                List.of(AccessCheck.patch(CanaryKinds.of(object.getApiVersion(), object.getKind()).getGroup(),
                        CanaryKinds.of(object.getApiVersion(), object.getKind()).getPlural(), namespace, name)));
    }

    String apply(KubernetesClient client, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String name = (String) plan.args().get("name");
        GenericKubernetesResource object = find(client, (String) plan.args().get("kind"), namespace, name);
        Canary canary = Canary.of(object);
        if (canary == null || !canary.twoBackends()) {
            throw new ActionRejected(object.getKind() + " " + namespace + "/" + name + " no longer splits traffic between two backends");
        }
        int to = ((Number) plan.args().get("canary_percent")).intValue();
        patch(client, object, canary, to, false);
        return canary.ref() + " now sends " + (100 - to) + "% to " + canary.stable().service() + " and " + to + "% to " + canary.canary().service();
    }

    private static GenericKubernetesResource find(KubernetesClient client, String kind, String namespace, String name) throws ActionRejected {
        if (kind != null && !kind.equals("TrafficSplit") && !kind.equals("HTTPRoute")) {
            throw new ActionRejected("a canary is a TrafficSplit or an HTTPRoute, not a " + kind);
        }
        GenericKubernetesResource split = kind == null || kind.equals("TrafficSplit") ? CanaryObjects.get(client, "TrafficSplit", namespace, name) : null;
        GenericKubernetesResource route = kind == null || kind.equals("HTTPRoute") ? CanaryObjects.get(client, "HTTPRoute", namespace, name) : null;
        if (split != null && route != null) {
            throw new ActionRejected("both a TrafficSplit and an HTTPRoute are named " + name + " in namespace " + namespace + "; say kind=TrafficSplit or kind=HTTPRoute");
        }
        if (split == null && route == null) {
            throw new ActionRejected("no TrafficSplit or HTTPRoute " + name + " in namespace " + namespace);
        }
        return split != null ? split : route;
    }

    /**
     * A JSON Patch that tests each weight it replaces (so a concurrent change fails the patch instead of being
     * overwritten) and sets only the two weights and the step annotation; every other field is left as it is.
     */
    private void patch(KubernetesClient client, GenericKubernetesResource object, Canary canary, int to, boolean dryRun) {
        boolean route = "HTTPRoute".equals(object.getKind());
        String base = route ? "/spec/rules/" + canary.rule() + "/backendRefs/" : "/spec/backends/";
        List<Object> backends = route ? list(map(list(map(object.getAdditionalProperties().get("spec")).get("rules")).get(canary.rule())).get("backendRefs"))
                : list(map(object.getAdditionalProperties().get("spec")).get("backends"));
        List<Map<String, Object>> ops = new ArrayList<>();
        for (int i = 0; i < backends.size(); i++) {
            Map<String, Object> backend = map(backends.get(i));
            String service = String.valueOf(backend.get(route ? "name" : "service"));
            if (backend.containsKey("weight")) {
                ops.add(Map.of("op", "test", "path", base + i + "/weight", "value", backend.get("weight")));
            }
            ops.add(Map.of("op", "add", "path", base + i + "/weight", "value", service.equals(canary.canary().service()) ? to : 100 - to));
        }
        String stamp = clock.instant().toString();
        ops.add(object.getMetadata().getAnnotations() == null
                ? Map.of("op", "add", "path", "/metadata/annotations", "value", Map.of(Canary.STEP_AT, stamp))
                : Map.of("op", "add", "path", "/metadata/annotations/" + Canary.STEP_AT.replace("~", "~0").replace("/", "~1"), "value", stamp));
        var resource = client.genericKubernetesResources(CanaryKinds.of(object.getApiVersion(), object.getKind()))
                .inNamespace(object.getMetadata().getNamespace()).withName(object.getMetadata().getName());
        try {
            (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON), JSON.writeValueAsString(ops));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the weights patch", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
