package io.kubemate.evals;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The broken-app development set (issue 19): its fixtures load and its expectations follow the set's rules. */
class DevSetFixturesTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static List<Scenario> devSet() throws Exception {
        return new ScenarioLoader().loadAll(SCENARIOS).stream().filter(DevSet::member).toList();
    }

    @Test
    void the_set_has_forty_cases_a_third_of_them_asked_in_chinese() throws Exception {
        List<Scenario> set = devSet();
        long zh = set.stream().filter(s -> "zh".equals(s.lang())).count();
        assertTrue(set.size() >= 40, "dev set size " + set.size());
        assertTrue(zh * 3 >= set.size(), "Chinese questions: " + zh + " of " + set.size());
        for (Scenario s : set) {
            assertEquals("zh".equals(s.lang()), CJK.matcher(s.question()).find(), s.id() + ": lang and question's language differ");
        }
    }

    @Test
    void every_case_names_a_root_cause_a_diagnosing_tool_and_allows_no_proposal() throws Exception {
        for (Scenario s : devSet()) {
            assertTrue(!s.expect().rootCause().isEmpty(), s.id() + " has no root cause");
            assertTrue(!s.expect().tools().isEmpty(), s.id() + " names no tool");
            assertEquals(List.of(), s.expect().proposals(), s.id() + " allows a proposal");
            assertTrue(Files.readString(s.folder().resolve("scenario.yaml")).startsWith("# Source:"), s.id() + " does not cite its source");
        }
    }

    @Test
    void every_case_cluster_loads_into_the_sandbox() throws Exception {
        for (Scenario s : devSet()) {
            try (ClusterAccess cluster = SandboxCluster.start(s.folder().resolve("cluster"), s.folder().resolve("podlogs"))) {
                assertTrue(cluster.notes().isEmpty(), s.id() + ": " + cluster.notes());
            }
        }
    }
}
