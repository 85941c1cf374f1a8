package io.kubemate.tools.diagnose;

import io.kubemate.tools.inspect.RunbookIds;

import java.util.Locale;

/**
 * The classes of cause a diagnosis can state. Each names its wording ({@code diagnose.cause.<key>} and the safe
 * next step {@code diagnose.next.<key>} in the message bundles) and the bundled runbook that handles it, so the
 * runbook cited always follows from the cause and not from a text search.
 */
public enum CauseKind {
    FINDING(null),
    CRASH_LOG(RunbookIds.CRASHLOOP),
    RUNNING_LOG(null),
    INIT_FAILED(RunbookIds.CRASHLOOP),
    INIT_STUCK(null),
    LIVENESS_RESTARTS("probe-failure"),
    JOB_FAILED(null),
    SERVICE_SELECTOR_VALUE(RunbookIds.SERVICE_UNREACHABLE),
    SERVICE_SELECTOR_LABEL(RunbookIds.SERVICE_UNREACHABLE),
    SERVICE_NO_READY_PODS(RunbookIds.READINESS),
    SERVICE_TARGET_PORT(RunbookIds.SERVICE_UNREACHABLE),
    PROBE_PORT("probe-failure"),
    MISSING_REFERENCE(null),
    IMAGE_TAG_NOT_FOUND(RunbookIds.POD_PENDING),
    IMAGE_AUTH(RunbookIds.POD_PENDING),
    IMAGE_PULL_SECRET_MISSING(RunbookIds.POD_PENDING),
    IMAGE_REGISTRY_UNREACHABLE(RunbookIds.POD_PENDING),
    DISK_FULL(RunbookIds.PVC_MOUNT),
    NETWORK_POLICY_INGRESS(RunbookIds.NETWORK_POLICY),
    NETWORK_POLICY_EGRESS(RunbookIds.NETWORK_POLICY),
    QUOTA_EXCEEDED(RunbookIds.POD_PENDING),
    POD_SECURITY(null),
    CREATE_FAILED(null),
    CLAIM_PENDING(RunbookIds.PVC_MOUNT),
    STORAGE_CLASS_MISSING(RunbookIds.PVC_MOUNT),
    NO_MATCHING_VOLUME(RunbookIds.PVC_MOUNT),
    PROVISIONING_FAILED(RunbookIds.PVC_MOUNT),
    DAEMONSET_TAINT(RunbookIds.POD_PENDING),
    DAEMONSET_UNAVAILABLE(null),
    NODE_NOT_READY(RunbookIds.NODE_NOT_READY),
    NODE_CONDITION(RunbookIds.NODE_NOT_READY),
    NODE_PRESSURE(RunbookIds.EVICTED),
    NODE_CORDONED(RunbookIds.NODE_NOT_READY),
    NODE_SELECTOR(RunbookIds.POD_PENDING),
    NO_PODS(null);

    private final String runbook;

    CauseKind(String runbook) {
        this.runbook = runbook;
    }

    /** The bundled runbook id for this class of cause, or null when none fits. */
    public String runbook() {
        return runbook;
    }

    /** The message-key suffix: {@code SERVICE_TARGET_PORT} → {@code service-target-port}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
