package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.ToolSpec;

import java.util.Map;

/**
 * A change to the cluster. {@link #plan} validates against the live object and runs a server-side dry run;
 * {@link #execute} applies a plan. Both receive a client that already impersonates the person, so the API
 * server authorises every call. Only the confirmation path may call {@code execute}.
 */
public interface Action {

    /**
     * Set by the bot in the arguments of {@link #plan} to the identity the change runs as (whatever a request
     * said under that name is overwritten), for changes the API server does not see, such as a silence.
     */
    String IDENTITY_ARG = "_identity";

    /** What this action is, declared once: name, risk, permission, parameters, command and intent words, descriptions. */
    ToolSpec spec();

    /** The catalog name, e.g. {@code scale}. */
    default String name() {
        return spec().name();
    }

    default Risk risk() {
        return spec().risk();
    }

    /** The Kubemate permission code a person needs, e.g. {@code workloads.scale}. */
    default String permission() {
        return spec().permission();
    }

    ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected;

    /** Applies the plan and says what happened. */
    String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected;
}
