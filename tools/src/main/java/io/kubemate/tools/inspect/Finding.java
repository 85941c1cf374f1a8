package io.kubemate.tools.inspect;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One problem on one object. {@code check} names the rule that found it; the fingerprint, a hash of cluster,
 * check and object, identifies the same problem on the same object across runs. {@code fix}, when a safe next
 * step exists, is the exact command for a person to run (never run by the bot).
 */
public record Finding(@JsonIgnore Severity severity, String check, String kind, String namespace, String name,
                      String problem, List<String> evidence, String runbook, String cluster,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String fix) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** A finding whose cluster the runner fills in. */
    public Finding(Severity severity, String check, String kind, String namespace, String name, String problem,
                   List<String> evidence, String runbook) {
        this(severity, check, kind, namespace, name, problem, evidence, runbook, null, null);
    }

    public Finding(Severity severity, String check, String kind, String namespace, String name, String problem,
                   List<String> evidence, String runbook, String cluster) {
        this(severity, check, kind, namespace, name, problem, evidence, runbook, cluster, null);
    }

    public Finding inCluster(String clusterName) {
        return new Finding(severity, check, kind, namespace, name, problem, evidence, runbook, clusterName, fix);
    }

    /** The same finding with a safe next step for a person to run. */
    public Finding withFix(String command) {
        return new Finding(severity, check, kind, namespace, name, problem, evidence, runbook, cluster, command);
    }

    /** A finding on {@code object}, named by its kind, namespace and name. */
    public static Finding on(io.fabric8.kubernetes.api.model.HasMetadata object, Severity severity, String check, String problem,
                             List<String> evidence, String runbook) {
        return new Finding(severity, check, object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName(), problem, evidence, runbook);
    }

    @JsonProperty("severity")
    public String severityLabel() {
        return severity.label();
    }

    @JsonProperty("fingerprint")
    public String fingerprint() {
        String key = (cluster == null ? "" : cluster) + "\n" + check + "\n" + kind + "\n" + (namespace == null ? "" : namespace) + "\n" + name;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
