package io.kubemate.tools.inspect;

/** Ids of the bundled runbooks that findings link to (their front matter {@code id}). */
public final class RunbookIds {

    public static final String POD_PENDING = "pod-pending";
    public static final String CRASHLOOP = "crashloop-backoff";
    public static final String READINESS = "readiness-failing";
    public static final String EVICTED = "evicted-node-pressure";
    public static final String SERVICE_UNREACHABLE = "service-unreachable";
    public static final String NETWORK_POLICY = "network-policy";
    public static final String INGRESS = "ingress-404-tls";
    public static final String PVC_MOUNT = "pvc-mount-failure";
    public static final String NODE_NOT_READY = "node-not-ready";
    public static final String CERT_RENEWAL = "certificate-renewal";
    public static final String ROLLBACK = "rollback-release";
    public static final String HPA = "hpa-not-keeping-up";
    public static final String BACKUP = "backup-restore";
    public static final String ETCD = "etcd-quota";
    public static final String CANARY = "canary-promote-rollback";
    public static final String PIPELINE = "pipeline-failed";
    public static final String GPU_XID = "gpu-xid-errors";

    private RunbookIds() {
    }
}
