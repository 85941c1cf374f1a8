package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.ManifestException;
import io.kubemate.tools.sandbox.SandboxCluster;

import java.util.Map;
import java.util.function.Function;

/** A sandbox cluster loaded from clusters/actions, and an action planned and executed as an operator. */
final class ActionHarness implements AutoCloseable {

    static final Subject OPERATOR = Subject.serviceAccount("kubemate-users", "u-ops");

    private final ClusterAccess cluster;
    private final Action action;

    ActionHarness(Action action) {
        this.action = action;
        try {
            this.cluster = SandboxCluster.start(Fixtures.resource("clusters/actions"), Fixtures.resource("clusters/actions"));
        } catch (ManifestException e) {
            throw new IllegalStateException(e);
        }
    }

    ActionPlan plan(Map<String, Object> args) throws ActionRejected {
        return call(client -> action.plan(client, args));
    }

    String execute(ActionPlan plan) throws ActionRejected {
        return call(client -> action.execute(client, plan));
    }

    <T> T read(Function<KubernetesClient, T> read) {
        return cluster.as(Subject.ownCredentials(), read);
    }

    private <T> T call(Call<T> call) throws ActionRejected {
        ActionRejected[] rejected = new ActionRejected[1];
        T result = cluster.as(OPERATOR, client -> {
            try {
                return call.apply(client);
            } catch (ActionRejected e) {
                rejected[0] = e;
                return null;
            }
        });
        if (rejected[0] != null) {
            throw rejected[0];
        }
        return result;
    }

    private interface Call<T> {
        T apply(KubernetesClient client) throws ActionRejected;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
