package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.RequestConfigBuilder;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The one way to reach a cluster: {@link #as(Subject, Function)} hands the function a client that
 * impersonates the subject, so no caller can forget it.
 */
public final class ClusterAccess implements AutoCloseable {

    private final CompletableFuture<Connection> connection;
    private final AutoCloseable owner;

    /** A made cluster: its client, and what was said about it when it was made. */
    private record Connection(KubernetesClient client, String name, String description, List<String> notes) {
    }

    /**
     * @param name        the cluster's short name, part of every finding's fingerprint
     * @param description where it is, for logs and the console
     * @param notes       what was left out when it was set up (manifests of unknown kinds)
     */
    public ClusterAccess(KubernetesClient client, String name, String description, List<String> notes, AutoCloseable owner) {
        this(CompletableFuture.completedFuture(new Connection(client, name, description, List.copyOf(notes))), owner);
    }

    private ClusterAccess(CompletableFuture<Connection> connection, AutoCloseable owner) {
        this.connection = connection;
        this.owner = owner;
    }

    public static ClusterAccess of(KubernetesClient client, String name, String description) {
        return new ClusterAccess(client, name, description, List.of(), client);
    }

    /**
     * A cluster that another thread is still making (a sandbox reading its manifests), so that whatever holds it can
     * be made meanwhile: every call that needs the cluster waits for it, and fails with the reason it could not be
     * made. Closing this view leaves the cluster to whoever makes it.
     */
    public static ClusterAccess whenMade(CompletableFuture<ClusterAccess> making) {
        return new ClusterAccess(making.thenApply(ClusterAccess::connection), () -> { });
    }

    private Connection connection() {
        try {
            return connection.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    public <T> T as(Subject subject, Function<KubernetesClient, T> call) {
        KubernetesClient client = connection().client();
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
        return connection().name();
    }

    /** The same cluster for another user of it: closing the view leaves the cluster running. */
    public ClusterAccess sharedView() {
        return new ClusterAccess(connection, () -> { });
    }

    public List<String> notes() {
        return connection().notes();
    }

    /** Where the cluster is, for logs and the console: a URL or "sandbox from DIR". */
    public String description() {
        return connection().description();
    }

    public String masterUrl() {
        return connection().client().getMasterUrl().toString();
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }
}
