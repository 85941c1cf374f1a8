package io.kubemate.tools.canary;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.List;

/**
 * The traffic-splitting kinds the canary tools read and change, generically: SMI {@code TrafficSplit}
 * ({@code split.smi-spec.io}, newest served version first) and Gateway API {@code HTTPRoute}.
 */
public final class CanaryKinds {

    public static final String SMI_GROUP = "split.smi-spec.io";
    public static final String GATEWAY_GROUP = "gateway.networking.k8s.io";
    public static final List<ResourceDefinitionContext> TRAFFIC_SPLITS = List.of(context(SMI_GROUP, "v1alpha4", "TrafficSplit", "trafficsplits"),
            context(SMI_GROUP, "v1alpha3", "TrafficSplit", "trafficsplits"), context(SMI_GROUP, "v1alpha2", "TrafficSplit", "trafficsplits"));
    public static final ResourceDefinitionContext HTTP_ROUTE = context(GATEWAY_GROUP, "v1", "HTTPRoute", "httproutes");

    private CanaryKinds() {
    }

    public static ResourceDefinitionContext of(String apiVersion, String kind) {
        return "HTTPRoute".equals(kind) ? HTTP_ROUTE : TRAFFIC_SPLITS.stream().filter(c -> (c.getGroup() + "/" + c.getVersion()).equals(apiVersion))
                .findFirst().orElse(TRAFFIC_SPLITS.getFirst());
    }

    private static ResourceDefinitionContext context(String group, String version, String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind).withPlural(plural)
                .withNamespaced(true).build();
    }
}
