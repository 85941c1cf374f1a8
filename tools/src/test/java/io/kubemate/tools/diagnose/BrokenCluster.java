package io.kubemate.tools.diagnose;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.EventReader;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.PodLogReader;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.kube.WorkloadDiagnoser;
import io.kubemate.tools.inspect.PodInspection;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.ManifestException;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.ReadAccess;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sandbox of broken apps (clusters/broken), each in its own namespace, and the diagnoser over it. */
final class BrokenCluster implements AutoCloseable {

    private static final Redactor REDACTOR = new Redactor();

    final ClusterAccess cluster;
    final WorkloadDiagnoser diagnoser;

    BrokenCluster() {
        try {
            cluster = SandboxCluster.start(Fixtures.resource("clusters/broken"), Fixtures.resource("clusters/broken-logs"));
        } catch (ManifestException e) {
            throw new IllegalStateException(e);
        }
        diagnoser = new WorkloadDiagnoser(cluster, new NameResolver(cluster), new PodInspection(REDACTOR),
                new EventReader(cluster, REDACTOR, Fixtures.CLOCK), new PodLogReader(cluster, REDACTOR), AllChecks.list(), Fixtures.CLOCK);
    }

    Diagnosis diagnose(String name, String namespace) {
        return diagnose(name, namespace, null);
    }

    @SuppressWarnings("unchecked")
    Diagnosis diagnose(String name, String namespace, String client) {
        Outcome<Diagnosis> outcome = diagnoser.diagnose(Subject.ownCredentials(), ReadAccess.ALL, name, null, namespace, client);
        return ((Outcome.Ok<Diagnosis>) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString())).value();
    }

    /** The first cause, checked to be of {@code kind}. */
    static Cause first(Diagnosis diagnosis, CauseKind kind) {
        assertTrue(!diagnosis.causes().isEmpty() && diagnosis.causes().getFirst().kind() == kind,
                "expected " + kind + " first, got " + diagnosis.causes());
        return diagnosis.causes().getFirst();
    }

    static String text(Cause cause) {
        return String.join(" | ", cause.args()) + " || " + String.join(" | ", cause.evidence());
    }

    static List<CauseKind> kinds(Diagnosis diagnosis) {
        return diagnosis.causes().stream().map(Cause::kind).toList();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
