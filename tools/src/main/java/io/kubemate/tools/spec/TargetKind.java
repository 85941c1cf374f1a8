package io.kubemate.tools.spec;

/** What a tool's main argument names, so that the router knows how to find it in a message and in the cluster. */
public enum TargetKind {
    /** A Deployment, StatefulSet or DaemonSet. */
    WORKLOAD,
    /** One pod by its exact name. */
    POD,
    /** A workload or one of its pods. */
    WORKLOAD_OR_POD,
    NODE,
    CRONJOB,
    /** A Tekton PipelineRun by its name, or a Pipeline by its name (meaning one of its runs). */
    PIPELINE_RUN,
    /** An alert by its alertname. */
    ALERT,
    /** An Alertmanager silence by its id. */
    SILENCE,
    NAMESPACE,
    /** Any Kubernetes object given by kind and name. */
    OBJECT,
    /**
     * An object the router cannot look up (a Velero Schedule): the words in its slots are the arguments as the
     * person wrote them, and the action checks the name against the cluster.
     */
    AS_NAMED,
    /** Free text: a question, a PromQL query, a trace search. */
    QUERY,
    NONE
}
