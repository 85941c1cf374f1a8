package io.kubemate.tools.inspect;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubemate.tools.outcome.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One problem on one object. {@code check} names the rule that found it; the fingerprint, a hash of cluster,
 * check and object, identifies the same problem on the same object across runs. {@code fix}, when a safe next
 * step exists, is the exact command for a person to run (never run by the bot). {@code why}, when the check wrote
 * its problem as message keys, holds them in order: {@code problem} is their English texts joined, and a person
 * reads them in their own language.
 */
public record Finding(@JsonIgnore Severity severity, String check, String kind, String namespace, String name,
                      String problem, List<String> evidence, String runbook, String cluster,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String fix, @JsonIgnore List<Reason> why) {

    public Finding {
        evidence = List.copyOf(evidence);
        why = why == null ? List.of() : List.copyOf(why);
    }

    /** A finding whose cluster the runner fills in. */
    public Finding(Severity severity, String check, String kind, String namespace, String name, String problem,
                   List<String> evidence, String runbook) {
        this(severity, check, kind, namespace, name, problem, evidence, runbook, null, null, List.of());
    }

    /** A finding whose problem reads in the person's language, and whose cluster the runner fills in. */
    public Finding(Severity severity, String check, String kind, String namespace, String name, Reason problem,
                   List<String> evidence, String runbook) {
        this(severity, check, kind, namespace, name, problem.english(), evidence, runbook, null, null, List.of(problem));
    }

    public Finding(Severity severity, String check, String kind, String namespace, String name, String problem,
                   List<String> evidence, String runbook, String cluster) {
        this(severity, check, kind, namespace, name, problem, evidence, runbook, cluster, null, List.of());
    }

    public Finding inCluster(String clusterName) {
        return new Finding(severity, check, kind, namespace, name, problem, evidence, runbook, clusterName, fix, why);
    }

    /** The same finding with a safe next step for a person to run. */
    public Finding withFix(String command) {
        return new Finding(severity, check, kind, namespace, name, problem, evidence, runbook, cluster, command, why);
    }

    /** The same finding with {@code more} said after its problem, e.g. how many similar problems it stands for. */
    public Finding and(Reason more) {
        List<Reason> parts = new ArrayList<>(why);
        parts.add(more);
        // a problem written as plain English stays plain English: half a sentence translated reads worse than none
        return new Finding(severity, check, kind, namespace, name, problem + more.english(), evidence, runbook, cluster, fix,
                why.isEmpty() ? List.of() : parts);
    }

    /** A finding on {@code object}, named by its kind, namespace and name. */
    public static Finding on(HasMetadata object, Severity severity, String check, String problem,
                             List<String> evidence, String runbook) {
        return new Finding(severity, check, object.getKind(), object.getMetadata().getNamespace(),
                object.getMetadata().getName(), problem, evidence, runbook);
    }

    /** A finding on {@code object} whose problem reads in the person's language. */
    public static Finding on(HasMetadata object, Severity severity, String check, Reason problem,
                             List<String> evidence, String runbook) {
        return of(object, severity, check, List.of(problem), evidence, runbook);
    }

    /** A finding on {@code object} whose problem is said in parts, each in the person's language. */
    public static Finding of(HasMetadata object, Severity severity, String check, List<Reason> problem,
                             List<String> evidence, String runbook) {
        return new Finding(severity, check, object.getKind(), object.getMetadata().getNamespace(), object.getMetadata().getName(),
                english(problem), evidence, runbook, null, null, problem);
    }

    /** The English text of a problem said in parts. */
    public static String english(List<Reason> parts) {
        return parts.stream().map(Reason::english).collect(Collectors.joining());
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
