package io.kubemate.tools.pipeline;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.inspect.PipelineInspection;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The number of failed runs in a row the pipeline inspection reports is configurable. */
class PipelineFailingRunsTest {

    private static Set<String> reported(String fixture, int failingRuns) throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/pipeline/" + fixture), null)) {
            var runner = new InspectionRunner(cluster, List.of(new PipelineInspection(new PipelineLimits(failingRuns), new Redactor())), Fixtures.CLOCK);
            Outcome<InspectionReport> outcome = runner.run(Subject.ownCredentials(), null);
            return ((Outcome.Ok<InspectionReport>) outcome).value().findings().stream().map(Finding::name).collect(Collectors.toSet());
        }
    }

    @Test
    void a_higher_threshold_reports_only_longer_streaks() throws Exception {
        assertEquals(Set.of("loans-release"), reported("found", 4));
        assertEquals(Set.of(), reported("found", 5));
    }

    @Test
    void a_lower_threshold_reports_the_near_misses_of_the_default() throws Exception {
        assertEquals(Set.of("payments-build", "nightly", "loans-release"), reported("near-miss", 1));
        assertEquals(Set.of("payments-build", "nightly"), reported("near-miss", 2));
    }

    @Test
    void refuses_a_threshold_below_one() {
        assertThrows(IllegalArgumentException.class, () -> new PipelineLimits(0));
    }
}
