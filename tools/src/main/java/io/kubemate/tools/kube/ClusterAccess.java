package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.RequestConfigBuilder;

import java.util.List;
import java.util.function.Function;

/**
 * The one way to reach a cluster: {@link #as(Subject, Function)} hands the function a client that
 * impersonates the subject, so no caller can forget it.
 */
public final class ClusterAccess implements AutoCloseable {

    private final KubernetesClient client;
    private final String name;
    private final String description;
    private final List<String> notes;
    private final AutoCloseable owner;

    /**
     * @param name        the cluster's short name, part of every finding's fingerprint
     * @param description where it is, for logs and the console
     * @param notes       what was left out when it was set up (manifests of unknown kinds)
     */
    public ClusterAccess(KubernetesClient client, String name, String description, List<String> notes, AutoCloseable owner) {
        this.client = client;
        this.name = name;
        this.description = description;
        this.notes = List.copyOf(notes);
        this.owner = owner;
    }

    public static ClusterAccess of(KubernetesClient client, String name, String description) {
        return new ClusterAccess(client, name, description, List.of(), client);
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

    public String name() {
        return name;
    }

    /** The same cluster for another user of it: closing the view leaves the cluster running. */
    public ClusterAccess sharedView() {
        return new ClusterAccess(client, name, description, notes, () -> { });
    }

    public List<String> notes() {
        return notes;
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
