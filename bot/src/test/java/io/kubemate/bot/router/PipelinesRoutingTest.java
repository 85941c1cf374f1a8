package io.kubemate.bot.router;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Questions about pipelines and requests to rerun or cancel one, over the failed-step scenario's Tekton runs. */
class PipelinesRoutingTest {

    private static SandboxRouting routing;

    @BeforeAll
    static void start() throws Exception {
        routing = SandboxRouting.over(Path.of("../evals/scenarios/pipeline-failed-step-payments/cluster"));
    }

    @AfterAll
    static void stop() throws Exception {
        routing.close();
    }

    private static Route route(String text) {
        return routing.route(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "why did the payments-build pipeline fail?     | payments-build",
            "Why is the loans-release pipeline failing     | loans-release",
            "why did pipelinerun payments-build-run-7xk2p fail | payments-build-run-7xk2p",
            "show the pipeline runs of payments            | payments",
            "/pipelines payments-build                     | payments-build",
            "is the payments-build pipeline green          | payments-build",
            "tekton pipelines                              | -",
            "payments-build 流水线为什么失败？               | payments-build",
            "流水线为什么一直失败                            | -",
            "看看 payments 的流水线                          | payments",
            "payments-build 流水线怎么比平时慢               | payments-build",
    })
    void a_question_about_a_pipeline_reads_its_runs(String text, String target) {
        Route route = route(text.strip());
        assertEquals("pipelines", route.tool(), route.toString());
        assertEquals(target, route.args().get("target"), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rerun payments-build-run-7xk2p              | pipeline_rerun  | payments-build-run-7xk2p",
            "re-run the payments-build pipeline           | pipeline_rerun  | payments-build",
            "把 payments-build 流水线重跑一下               | pipeline_rerun  | payments-build",
            "cancel the payments-build pipeline           | pipeline_cancel | payments-build",
            "取消流水线 payments-build-run-7xk2p            | pipeline_cancel | payments-build-run-7xk2p",
    })
    void a_request_to_rerun_or_cancel_finds_the_run_or_pipeline_and_its_namespace(String text, String tool, String name) {
        Route route = route(text.strip());
        assertEquals(tool, route.tool(), route.toString());
        assertNull(route.ask(), route.toString());
        assertEquals(name, route.args().get("name"), route.toString());
        assertEquals("payments", route.args().get("namespace"), route.toString());
    }

    @Test
    void a_pipeline_nobody_may_see_is_asked_about_not_guessed() {
        Route route = route("rerun the nightly-export pipeline");
        assertEquals("pipeline_rerun", route.tool());
        assertNotNull(route.ask(), route.toString());
    }

    @Test
    void a_workload_question_is_not_taken_for_a_pipeline_one() {
        assertNotEquals("pipelines", route("why is payment-api restarting").tool());
        assertNotEquals("pipeline_cancel", route("stop sending alerts for payments").tool());
    }
}
