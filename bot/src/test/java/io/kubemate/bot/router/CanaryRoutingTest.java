package io.kubemate.bot.router;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over the rolled-back-canary scenario: TrafficSplit shop/checkout (checkout-primary / checkout-canary). */
class CanaryRoutingTest {

    private static SandboxRouting routing;

    @BeforeAll
    static void start() throws Exception {
        routing = SandboxRouting.over(Path.of("../evals/scenarios/canary-checkout-errors-rising/cluster"));
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
            "is the checkout canary healthy?                | checkout",
            "how is the canary doing                        | -",
            "should we promote the checkout canary?         | checkout",
            "show canaries in shop                          | shop",
            "/canary checkout                               | checkout",
            "checkout 的金丝雀现在多少流量？                   | checkout",
            "金丝雀现在怎么样                                 | -",
            "看看 checkout 的灰度                             | checkout",
            "checkout 的灰度可以全量了吗？                      | checkout",
    })
    void a_question_about_a_canary_reads_it(String text, String target) {
        Route route = route(text.strip());
        assertEquals("canary", route.tool(), route.toString());
        assertEquals(target, route.args().get("target"), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "promote the checkout canary        | canary_promote",
            "step the checkout canary           | canary_step",
            "abort the checkout canary          | canary_abort",
            "roll back the checkout canary      | canary_abort",
            "/canary-step checkout              | canary_step",
            "checkout 金丝雀全量                  | canary_promote",
            "把 checkout 的灰度回滚               | canary_abort",
            "checkout 灰度放量                    | canary_step",
            "checkout 灰度直接全量                 | canary_promote",
            "abort the checkout canary, errors are spiking | canary_abort",
    })
    void a_change_request_resolves_the_one_canary_it_names(String text, String tool) {
        Route route = route(text.strip());
        assertEquals(tool, route.tool(), route.toString());
        assertEquals(Map.of("namespace", "shop", "name", "checkout", "kind", "TrafficSplit"), route.args(), route.toString());
    }

    @Test
    void a_change_naming_no_canary_asks_which_with_the_candidates() {
        Route route = route("promote the canary");
        assertEquals("canary_promote", route.tool());
        assertFalse(route.understood(), route.toString());
        assertEquals("which_canary", route.ask().key());
        assertTrue(route.candidates().contains("TrafficSplit shop/checkout"), route.toString());
    }

    @Test
    void a_question_about_stepping_an_unnamed_canary_reads_them_all_without_asking() {
        Route route = route("how's our canary going, can it take more traffic");
        assertEquals("canary", route.tool(), route.toString());
        assertTrue(route.understood(), route.toString());
    }

    @Test
    void rolling_back_a_workload_is_still_a_rollback() {
        assertEquals("rollback", route("roll back checkout-canary").tool());
    }

    @Test
    void a_trouble_question_that_says_nothing_of_a_canary_diagnoses_the_object_it_names() {
        Route route = route("What is the error in the deployment named 'checkout-primary' in namespace 'shop'?");
        assertEquals("diagnose", route.tool(), route.toString());
        assertEquals("checkout-primary", route.args().get("workload"), route.toString());
    }
}
