package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JobInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new JobInspection();
    }

    @Override
    String fixture() {
        return "job";
    }

    @Test
    void says_failed_with_the_reason_never_the_internal_failure_target() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/job/found"), null)) {
            Finding finding = new JobInspection().inspect(new InspectionScope(cluster, Subject.ownCredentials(), "core-batch",
                            Fixtures.CLOCK.instant())).stream()
                    .filter(f -> f.name().equals("eod-report-29342400")).findFirst().orElseThrow();
            assertEquals("failed (BackoffLimitExceeded)", finding.problem());
            assertFalse(String.join(" ", finding.evidence()).contains("FailureTarget"), finding.evidence().toString());
        }
    }
}
