package io.kubemate.bot.router;

import io.kubemate.bot.TestCatalog;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Chat-style phrasings the router reads by what they ask (issue 19), over the router chat set's cluster. */
class ChatPhrasingTest {

    private static ClusterAccess cluster;
    private static Router router;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Path.of("../evals/router/chat-scenario/cluster"), null);
        router = TestRouters.over(cluster);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static Route route(String text) {
        return router.route(Subject.ownCredentials(), text.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What is wrong with the pod payment-api-7d9f8b6c5d-q8m3n?        | pod      | payment-api-7d9f8b6c5d-q8m3n",
            "Why is the pod payment-api-7d9f8b6c5d-x2k4p stuck in payments?   | pod      | payment-api-7d9f8b6c5d-x2k4p",
            "What is the issue with ledger-api in the payments namespace?     | workload | ledger-api",
            "why does payment-api get timeouts talking to ledger-api          | workload | ledger-api",
            "pod payment-api-7d9f8b6c5d-x2k4p 出啥问题了                        | pod      | payment-api-7d9f8b6c5d-x2k4p",
            "ns payments 下面 ledger-api 咋回事                                 | workload | ledger-api",
    })
    void a_question_naming_an_object_and_asking_what_is_wrong_is_diagnosed(String text, String param, String name) {
        Route route = route(text);
        assertEquals("diagnose", route.tool(), route.toString());
        assertEquals(name.strip(), route.args().get(param.strip()), route.toString());
        assertEquals("payments", route.args().get("namespace"), route.toString());
        assertNull(route.ask(), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what is wrong here?              | ",
            "something broken in payments?    | payments",
            "payments 出什么问题了              | payments",
            "现在有啥问题吗                     | ",
    })
    void a_vague_question_about_trouble_is_a_namespace_triage(String text, String namespace) {
        Route route = route(text);
        assertEquals("inspect", route.tool(), route.toString());
        assertEquals(namespace == null ? null : namespace.strip(), route.args().get("namespace"), route.toString());
        assertNull(route.ask(), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "is it ok to cordon worker-01 now?          | k8s_describe",
            "has worker-01 been cordoned?               | k8s_get",
            "should I roll back ledger-api?             | rollout_history",
            "ledger-api 需不需要回滚                     | rollout_history",
            "重启 payment-api 会不会影响用户？            | k8s_describe",
            "ledger-reconcile 已经暂停了吗               | k8s_get",
            "is it safe to delete pod payment-api-7d9f8b6c5d-x2k4p? | diagnose",
            "did someone mute HighErrorRate?            | silences_list",
    })
    void a_question_that_sounds_like_a_change_is_answered_by_a_read(String text, String read) {
        Route route = route(text);
        assertEquals(read.strip(), route.tool(), route.toString());
        assertFalse(TestCatalog.specs().isAction(route.tool()), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "先封锁 worker-01 吧             | cordon          | node     | worker-01",
            "帮忙 restart 一下 ledger-api     | rollout_restart | workload | ledger-api",
            "bounce payment-api plz         | rollout_restart | workload | payment-api",
            "worker-01 解封                  | uncordon        | node     | worker-01",
    })
    void a_colloquial_change_request_is_the_change(String text, String tool, String param, String name) {
        Route route = route(text);
        assertEquals(tool.strip(), route.tool(), route.toString());
        assertEquals(name.strip(), route.args().get(param.strip()), route.toString());
        assertNull(route.ask(), route.toString());
    }

    @Test
    void a_request_with_two_values_keeps_both() {
        assertEquals(Map.of("namespace", "payments", "workload", "ledger-api", "cpu_limit", "2", "memory_request", "1Gi"),
                route("set ledger-api cpu limit 2 and memory request 1Gi").args());
        assertEquals(Map.of("namespace", "payments", "workload", "payment-api", "memory_limit", "2Gi", "cpu_request", "250m"),
                route("payment-api 内存上限改成 2Gi，cpu 请求改成 250m").args());
    }

    @Test
    void a_silence_request_keeps_its_namespace() {
        Route route = route("mute HighLatency in payments for 1h");
        assertEquals("silence_alert", route.tool(), route.toString());
        assertEquals(Map.of("alertname", "HighLatency", "namespace", "payments", "duration", "1h"), route.args());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "show me notify-worker logs",
            "events of notify-worker",
            "notify-worker 的内存",
            "notify-worker 为啥挂了",
    })
    void a_name_in_two_namespaces_is_asked_back_with_a_choice_per_namespace(String text) {
        Route route = route(text);
        assertNotNull(route.ask(), route.toString());
        assertEquals(2, route.choices().size(), route.toString());
    }

    @Test
    void a_name_in_two_namespaces_is_not_asked_when_the_message_names_one() {
        Route route = route("events of notify-worker in staging");
        assertNull(route.ask(), route.toString());
        assertEquals("staging", route.args().get("namespace"), route.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"what's paging us", "who got paged just now?", "现在是什么告警在呼我们"})
    void a_question_about_pages_lists_the_alerts(String text) {
        Route route = route(text);
        assertEquals("alerts_list", route.tool(), route.toString());
        assertNull(route.ask(), route.toString());
    }

    @Test
    void a_scale_request_without_a_count_asks_for_it() {
        Route route = route("scale ledger-api");
        assertEquals("scale", route.tool(), route.toString());
        assertEquals("stated_replicas", route.ask().key(), route.toString());
    }
}
