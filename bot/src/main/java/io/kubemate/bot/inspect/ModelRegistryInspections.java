package io.kubemate.bot.inspect;

import io.kubemate.bot.observe.Backends;
import io.kubemate.tools.inspect.ImageAgeInspection;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.ModelServerInspection;
import io.kubemate.tools.inspect.RegistryAllowListInspection;
import io.kubemate.tools.inspect.RegistryInspection;
import io.kubemate.tools.modelserver.ModelServer;
import io.kubemate.tools.modelserver.ModelServerProbe;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.registry.Registry;
import io.kubemate.tools.registry.RegistryCredentials;
import io.kubemate.tools.registry.RegistryProbe;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.List;

/** The inspections of configured model servers and image registries. */
@Factory
class ModelRegistryInspections {

    @Singleton
    Inspection modelServers(List<ModelServerEndpoint> endpoints, Backends backends) {
        List<ModelServer> servers = endpoints.stream().map(e -> new ModelServer(e.name(), required(e.url(), "model-servers", e.name()),
                ModelServer.Kind.named(e.kind()).orElseThrow(() -> new ConfigurationException(
                        "kubemate.inspection.model-servers." + e.name() + ".kind must be ollama or vllm, not " + e.kind())),
                e.expectedModels(), e.namespace(), e.maxWaiting(), e.maxLatency(), e.timeout())).toList();
        return new ModelServerInspection(servers, new ModelServerProbe(), () -> backends.prometheus(null));
    }

    @Singleton
    Inspection registryHealth(List<RegistryEndpoint> endpoints, BeanProvider<ClusterAccess> cluster) {
        return new RegistryInspection(configured(endpoints, cluster), new RegistryProbe());
    }

    @Singleton
    Inspection registryAllowList(RegistryPolicy policy) {
        return new RegistryAllowListInspection(policy.allowed() == null ? List.of() : policy.allowed());
    }

    @Singleton
    Inspection imageAge(List<RegistryEndpoint> endpoints, RegistryPolicy policy, BeanProvider<ClusterAccess> cluster) {
        return new ImageAgeInspection(configured(endpoints, cluster), new RegistryProbe(), policy.maxImageAge(), policy.maxLookups());
    }

    private static List<Registry> configured(List<RegistryEndpoint> endpoints, BeanProvider<ClusterAccess> cluster) {
        return endpoints.stream().map(e -> new Registry(e.name(), required(e.url(), "registries", e.name()),
                Registry.Kind.named(e.kind()).orElseThrow(() -> new ConfigurationException(
                        "kubemate.inspection.registries." + e.name() + ".kind must be harbor or registry, not " + e.kind())),
                e.host(), credentials(e, cluster), e.timeout())).toList();
    }

    private static RegistryCredentials credentials(RegistryEndpoint e, BeanProvider<ClusterAccess> cluster) {
        if (e.credentialsSecret() != null && !e.credentialsSecret().isBlank()) {
            String[] parts = e.credentialsSecret().trim().split("/", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigurationException("kubemate.inspection.registries." + e.name() + ".credentials-secret must be namespace/name");
            }
            return new SecretRegistryCredentials(cluster, parts[0], parts[1], e.usernameKey(), e.passwordKey());
        }
        return e.username() != null && !e.username().isBlank() && e.password() != null
                ? RegistryCredentials.basic(e.username(), e.password()) : RegistryCredentials.none();
    }

    private static <T> T required(T url, String list, String name) {
        if (url == null) {
            throw new ConfigurationException("kubemate.inspection." + list + "." + name + ".url is required");
        }
        return url;
    }
}
