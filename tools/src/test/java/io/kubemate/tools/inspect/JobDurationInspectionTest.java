package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobDurationInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new JobDurationInspection();
    }

    @Override
    String fixture() {
        return "job-duration";
    }

    @Test
    void says_how_long_against_the_usual_run_and_how_to_look() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/job-duration/found"), null)) {
            Finding finding = new JobDurationInspection().inspect(new InspectionScope(cluster, Subject.ownCredentials(), null,
                    Fixtures.CLOCK.instant())).getFirst();
            assertEquals("running for 1h34m, 3.8× the usual 24m48s of CronJob eod-interest-accrual", finding.problem());
            assertEquals("kubectl -n core-batch logs job/eod-interest-accrual-29345285 --tail=50", finding.fix());
        }
    }
}
