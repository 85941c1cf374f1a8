package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.RequestConfigBuilder;

import java.util.function.Function;

/**
 * The one way to reach a cluster: {@link #as(Subject, Function)} hands the function a client that
 * impersonates the subject, so no caller can forget it.
 */
public final class ClusterAccess implements AutoCloseable {

    private final KubernetesClient client;
    private final String description;
    private final AutoCloseable owner;

    public ClusterAccess(KubernetesClient client, String description, AutoCloseable owner) {
        this.client = client;
        this.description = description;
        this.owner = owner;
    }

    public static ClusterAccess of(KubernetesClient client, String description) {
        return new ClusterAccess(client, description, client);
    }

    public <T> T as(Subject subject, Function<KubernetesClient, T> call) {
        if (!subject.impersonate()) {
            return call.apply(client);
        }
        RequestConfig config = new RequestConfigBuilder()
                .withImpersonateUsername(subject.user())
                .withImpersonateGroups(subject.groups().toArray(String[]::new))
                .build();
        return call.apply(client.newClient(config).adapt(KubernetesClient.class));
    }

    /** Where the cluster is, for logs and the console: a URL or "sandbox from DIR". */
    public String description() {
        return description;
    }

    public String masterUrl() {
        return client.getMasterUrl().toString();
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }
}
