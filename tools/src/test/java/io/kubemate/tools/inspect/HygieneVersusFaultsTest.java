package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hygiene findings come once per owning workload and rank below every fault, however many replicas. */
class HygieneVersusFaultsTest {

    private static final List<Inspection> HYGIENE = List.of(new ResourceSettingsInspection(), new SecurityContextInspection(),
            new DefaultServiceAccountInspection(), new ImageTagInspection());

    private static ClusterAccess cluster;
    private static List<Finding> findings;
    private static List<Finding> hygiene;
    private static List<Finding> faults;

    @BeforeAll
    static void inspect() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("inspect/hygiene-vs-faults"), null);
        var analyzers = new java.util.ArrayList<Inspection>(HYGIENE);
        analyzers.add(new PodInspection(new Redactor()));
        Outcome<InspectionReport> outcome = new InspectionRunner(cluster, analyzers, Fixtures.CLOCK).run(Subject.ownCredentials(), null);
        findings = ((Outcome.Ok<InspectionReport>) assertInstanceOf(Outcome.Ok.class, outcome)).value().findings();
        hygiene = findings.stream().filter(HygieneVersusFaultsTest::isHygiene).toList();
        faults = findings.stream().filter(f -> !isHygiene(f)).toList();
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static boolean isHygiene(Finding f) {
        return "Deployment".equals(f.kind()) || f.name().startsWith("statement-api-");
    }

    @Test
    void reports_a_twenty_replica_deployment_once_per_check() {
        assertEquals(Set.of("resources-api", "no-security-context", "default-serviceaccount", "image-tag"),
                hygiene.stream().map(Finding::check).collect(Collectors.toSet()));
        assertEquals(4, hygiene.size(), hygiene.toString());
        assertTrue(hygiene.stream().allMatch(f -> "Deployment".equals(f.kind()) && "statement-api".equals(f.name())), hygiene.toString());
    }

    @Test
    void ranks_every_hygiene_finding_below_every_fault() {
        assertEquals(Set.of("pod-crashloop", "pod-oomkilled"), faults.stream().map(Finding::check).collect(Collectors.toSet()));
        Severity mildestFault = faults.stream().map(Finding::severity).max(Enum::compareTo).orElseThrow();
        assertTrue(hygiene.stream().allMatch(f -> f.severity().compareTo(mildestFault) > 0),
                "mildest fault " + mildestFault + ", hygiene " + hygiene.stream().map(f -> f.check() + "=" + f.severity()).toList());
    }

    @Test
    void lists_the_crash_loop_first() {
        assertEquals("pod-crashloop", findings.getFirst().check());
    }
}
